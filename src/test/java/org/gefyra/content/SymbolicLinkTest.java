package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file a module uses is resolved to its real path and must lie inside the module's folder:
 * a symbolic link cannot bring in a file from elsewhere on the server (another module's, the
 * server's own), whether it is a picture, a text file, module.yaml, a folder on the way or the
 * module's folder itself. A link that stays inside the module is fine.
 */
class SymbolicLinkTest {

    @TempDir
    Path dir;
    private TestContent content;
    private Path outside;

    @BeforeEach
    void aGoodModuleAndAFolderOutsideTheContent() throws IOException {
        content = new TestContent(dir.resolve("content")).goodModule("book-a-nurse").goodModule("other-module");
        outside = Files.createDirectories(dir.resolve("elsewhere"));
    }

    private Path inModule(String path) {
        return content.modules().resolve("book-a-nurse").resolve(path);
    }

    @Test
    void aPictureLinkedFromOutsideIsRefused() throws IOException {
        Files.delete(inModule("images/nurse.svg"));
        Files.createSymbolicLink(inModule("images/nurse.svg"), Files.writeString(outside.resolve("x.svg"), TestContent.SVG));
        Rejected.module(content.load(), "book-a-nurse", "image.outside");
    }

    @Test
    void aPictureOfAnotherModuleLinkedInIsRefused() throws IOException {
        Files.delete(inModule("images/nurse.svg"));
        Files.createSymbolicLink(inModule("images/nurse.svg"),
                content.modules().resolve("other-module/images/nurse.svg"));
        Rejected.module(content.load(), "book-a-nurse", "image.outside");
    }

    @Test
    void aFolderOnTheWayThatLinksOutIsRefused() throws IOException {
        Files.writeString(outside.resolve("nurse.svg"), TestContent.SVG);
        Files.writeString(outside.resolve("cover.svg"), TestContent.SVG);
        deleteFolder(inModule("images"));
        Files.createSymbolicLink(inModule("images"), outside);
        Rejected.module(content.load(), "book-a-nurse", "image.outside");
    }

    @Test
    void aTextFileLinkedFromOutsideIsRefused() throws IOException {
        Path text = Files.writeString(outside.resolve("text.el.yaml"), TestContent.textYaml("el"));
        Files.createSymbolicLink(inModule("text.el.yaml"), text);
        ContentSnapshot snapshot = content.load();
        ContentError error = Rejected.language(snapshot, "book-a-nurse", "el", "file.outside");
        assertEquals("text.el.yaml", error.arguments().get(0));
        assertTrue(snapshot.modules().get("book-a-nurse").texts().containsKey("en"), "the module's own English stays");
    }

    @Test
    void aModuleFileLinkedFromOutsideIsRefused() throws IOException {
        Path module = Files.writeString(outside.resolve("module.yaml"), TestContent.moduleYaml("book-a-nurse"));
        Files.delete(inModule("module.yaml"));
        Files.createSymbolicLink(inModule("module.yaml"), module);
        assertEquals("module.yaml", Rejected.module(content.load(), "book-a-nurse", "file.outside").arguments().get(0));
    }

    @Test
    void aModuleFolderThatLinksOutIsRefused() throws IOException {
        new TestContent(dir.resolve("other-content")).goodModule("linked-module");
        Files.createSymbolicLink(content.modules().resolve("linked-module"),
                dir.resolve("other-content/modules/linked-module"));
        ContentSnapshot snapshot = content.load();
        Rejected.module(snapshot, "linked-module", "file.outside");
        assertTrue(snapshot.modules().containsKey("book-a-nurse"), "the other modules are unaffected");
    }

    @Test
    void aLinkThatStaysInsideTheModuleIsFine() throws IOException {
        Files.delete(inModule("images/nurse.svg"));
        Files.createSymbolicLink(inModule("images/nurse.svg"), Path.of("cover.svg"));
        ContentSnapshot snapshot = content.load();
        Rejected.nothing(snapshot);
        assertFalse(snapshot.modules().get("book-a-nurse").image("images/nurse.svg").isEmpty());
    }

    @Test
    void aContentFolderThatIsItselfALinkIsFine() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("content-link"), dir.resolve("content"));
        ContentSnapshot snapshot = new ModuleLoader(link).load();
        Rejected.nothing(snapshot);
        assertEquals(2, snapshot.modules().size());
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }
}

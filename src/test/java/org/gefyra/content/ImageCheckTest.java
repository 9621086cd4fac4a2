package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pictures: inside the module's folder, present, at most 1 MB, really PNG, JPEG, WebP or SVG, and
 * SVG without scripts. A bad picture rejects the module, at the line that names it.
 */
class ImageCheckTest {

    private static final String MODULE = "book-a-nurse/module.yaml";
    private static final String FILE = "modules/book-a-nurse/module.yaml";
    private static final String IMAGE = "    image: images/nurse.svg";

    @TempDir
    Path dir;
    private TestContent content;

    @BeforeEach
    void aGoodModuleWithAPicture() {
        content = new TestContent(dir).goodModule("book-a-nurse").goodModule("other-module");
    }

    /** The welcome step shows this picture instead of the good one. */
    private void welcomeShows(String image) {
        content.change(MODULE, IMAGE, "    image: " + image);
    }

    private ContentError rejectedAtTheImage(String code) {
        ContentSnapshot snapshot = content.load();
        ContentError error = Rejected.module(snapshot, "book-a-nurse", code);
        Rejected.at(error, FILE, content.lineOf(MODULE, "    image: "));
        assertTrue(snapshot.modules().containsKey("other-module"));
        return error;
    }

    private static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    @Test
    void aMissingPictureIsReported() {
        welcomeShows("images/nurses.svg");
        assertEquals("images/nurses.svg", rejectedAtTheImage("image.missing").arguments().get(0));
    }

    @Test
    void aMissingCoverIsReportedAtTheCoverLine() {
        content.delete("book-a-nurse/images/cover.svg");
        Rejected.at(Rejected.module(content.load(), "book-a-nurse", "image.missing"), FILE,
                content.lineOf(MODULE, "cover:"));
    }

    @Test
    void aFolderIsNotAPicture() {
        welcomeShows("images");
        rejectedAtTheImage("image.missing");
    }

    @Test
    void aPictureOfExactly1MbIsFine() {
        content.write("book-a-nurse/images/photo.png", png(1024 * 1024));
        welcomeShows("images/photo.png");
        ContentSnapshot snapshot = content.load();
        Rejected.nothing(snapshot);
        assertEquals("images/photo.png", snapshot.modules().get("book-a-nurse").step("welcome").orElseThrow().image());
    }

    @Test
    void aPictureOverOneMbIsTooLarge() {
        content.write("book-a-nurse/images/photo.png", png(1024 * 1024 + 1));
        welcomeShows("images/photo.png");
        assertEquals("1025", rejectedAtTheImage("image.tooLarge").arguments().get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../other-module/images/nurse.svg", "images/../../other-module/images/nurse.svg",
            "/images/nurse.svg", "images\\nurse.svg", "C:/images/nurse.svg", "file:images/nurse.svg"})
    void aPathThatLeavesTheModulesFolderIsReported(String path) {
        welcomeShows("\"" + path.replace("\\", "\\\\") + "\"");
        assertEquals(path, rejectedAtTheImage("image.outside").arguments().get(0));
    }

    @Test
    void anAbsolutePathToARealPictureIsReported() {
        welcomeShows(content.modules().resolve("book-a-nurse/images/nurse.svg").toAbsolutePath().toString());
        rejectedAtTheImage("image.outside");
    }

    @Test
    void aLinkThatPointsOutOfTheFolderIsReported() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.svg"), TestContent.SVG);
        Files.createSymbolicLink(content.modules().resolve("book-a-nurse/images/linked.svg"), secret);
        welcomeShows("images/linked.svg");
        rejectedAtTheImage("image.outside");
    }

    @Test
    void aPathWithANulCharacterIsReportedNotThrown() {
        welcomeShows("\"images/nurse\\0.svg\"");
        rejectedAtTheImage("image.missing");
    }

    @Test
    void aPngThatIsReallyTextIsReported() {
        content.write("book-a-nurse/images/photo.png", "this is not a picture");
        welcomeShows("images/photo.png");
        rejectedAtTheImage("image.badType");
    }

    @Test
    void anSvgThatIsReallyAPngIsReported() {
        content.write("book-a-nurse/images/photo.svg", png(100));
        welcomeShows("images/photo.svg");
        rejectedAtTheImage("image.badType");
    }

    @Test
    void aGifIsNotAnAllowedFormat() {
        content.write("book-a-nurse/images/photo.gif", "GIF89a....".getBytes(StandardCharsets.US_ASCII));
        welcomeShows("images/photo.gif");
        rejectedAtTheImage("image.badType");
    }

    @Test
    void jpegAndWebpPicturesAreFine() {
        byte[] jpeg = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 64);
        byte[] webp = Arrays.copyOf("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 64);
        content.write("book-a-nurse/images/photo.JPG", jpeg).write("book-a-nurse/images/cover.webp", webp);
        welcomeShows("images/photo.JPG");
        content.change(MODULE, "cover: images/cover.svg", "cover: images/cover.webp");
        Rejected.nothing(content.load());
    }

    /**
     * Each SVG that could run something, and what the author is told is in it; the last ones slip past
     * a simple search. (What is not even well-formed XML is no picture at all: {@code SvgAllowListTest}.)
     */
    static Stream<Arguments> unsafeSvgs() {
        return Stream.of(
                Arguments.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "<script>"),
                Arguments.of("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "<svg onload=\"...\">"),
                Arguments.of("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<circle r=\"4\"\n  ONCLICK = \"alert(1)\"/></svg>", "<circle ONCLICK=\"...\">"),
                Arguments.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><circle r=\"4\"/></a></svg>", "<a>"),
                Arguments.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>hi</p></foreignObject></svg>", "<foreignObject>"),
                Arguments.of("<svg xmlns:s=\"http://www.w3.org/2000/svg\" xmlns=\"http://www.w3.org/2000/svg\"><s:script>alert(1)</s:script></svg>", "<s:script>"),
                Arguments.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"javascript&#58;alert(1)\"/></svg>", "href=\"javascript:alert(1)\""),
                Arguments.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"&#x6A;avascript:alert(1)\"/></svg>", "href=\"javascript:alert(1)\""),
                Arguments.of("<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"java\tscript:alert(1)\"/></svg>", "href=\"java script:alert(1)\""),
                Arguments.of("<!DOCTYPE svg [<!ENTITY js \"javascript\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"&js;:alert(1)\"/></svg>", "<!DOCTYPE [...]>"));
    }

    @ParameterizedTest
    @MethodSource("unsafeSvgs")
    void anSvgWithAScriptIsReportedWithWhatIsInIt(String svg, String shown) {
        content.write("book-a-nurse/images/nurse.svg", svg);
        assertEquals(shown, rejectedAtTheImage("image.unsafeSvg").arguments().get(1));
    }

    @Test
    void anOrdinarySvgWithADoctypeAndEntitiesForTextIsFine() {
        content.write("book-a-nurse/images/nurse.svg", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
                  <title>Nurse &amp; patient&#160;</title>
                  <circle cx="5" cy="5" r="4" fill="#1d3557" stroke-width="0.5"/>
                </svg>
                """);
        Rejected.nothing(content.load());
    }
}

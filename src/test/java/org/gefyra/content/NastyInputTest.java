package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever lands in the content folder, {@code load()} returns: the bad file is rejected with a
 * reason, and the good module next to it is still offered.
 */
class NastyInputTest {

    @TempDir
    Path dir;
    private TestContent content;

    @BeforeEach
    void aGoodModuleNextToTheNastyOne() {
        content = new TestContent(dir).goodModule("good-module").goodModule("nasty-module", "en", "sv");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What lands in a file, and the code it is rejected for as module.yaml and as a language file. */
    static Stream<Arguments> nastyFiles() {
        String good = TestContent.moduleYaml("nasty-module");
        return Stream.of(
                nasty("an empty file", utf8(""), "file.empty"),
                nasty("only a comment", utf8("# to do\n"), "file.empty"),
                nasty("a list at the top", utf8("- id: nasty-module\n- version: 1\n"), "value.notMapping"),
                nasty("a single word", utf8("hello\n"), "value.notMapping"),
                nasty("a picture saved as YAML", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xFF, 1},
                        "file.notUtf8"),
                nasty("control characters", utf8("id: \u0000\u0001\u0002\n"), "yaml.invalid"),
                nasty("a hundred thousand brackets", utf8("id: " + "[".repeat(100_000)), "yaml.tooDeep"),
                nasty("balanced deep brackets", utf8("id: " + "[".repeat(5_000) + "]".repeat(5_000)), "yaml.tooDeep"),
                nasty("deep groups", utf8("id: " + "{a: ".repeat(20_000) + "}".repeat(20_000)), "yaml.tooDeep"),
                nasty("a billion laughs", utf8(billionLaughs()), "yaml.invalid"),
                nasty("an alias of nothing", utf8(good.replace("level: 1", "level: *one")), "yaml.specialStart"),
                nasty("two documents", utf8(good + "---\n" + good), "yaml.invalid"),
                nasty("more than 512 KB", utf8(good + "# " + "x".repeat(600 * 1024) + "\n"), "file.tooLarge"),
                nasty("a list as a key", utf8(good + "[a, b]: c\n"), "key.notText", "key.notText"),
                // module.yaml where a language file belongs is, for a language file, a file of unknown keys
                nasty("a list that contains itself",
                        utf8(good.substring(0, good.indexOf("steps:")) + "steps: &s [*s]\n"), "value.notMapping",
                        "key.unknown"),
                nasty("a merge key", utf8("base: &b {level: 1}\n<<: *b\n" + good.replace("level: 1\n", "")),
                        "key.unknown", "key.unknown"),
                nasty("steps as a group", utf8(good.substring(0, good.indexOf("steps:"))
                        + "steps:\n  welcome:\n    type: read\n"), "value.notList", "key.unknown"),
                nasty("a step that is a word", utf8(good.replace("  - id: well-done\n    type: read\n", "  - well-done\n")),
                        "value.notMapping", "key.unknown"),
                nasty("a huge version", utf8(good.replace("version: 1", "version: 99999999999999999999")),
                        "value.notWholeNumber", "key.unknown"),
                nasty("a Java tag", utf8(good.replace("version: 1", "version: !!java.lang.Runtime 1")),
                        null, "key.unknown"));
    }

    private static Arguments nasty(String what, byte[] bytes, String code) {
        return nasty(what, bytes, code, code);
    }

    private static Arguments nasty(String what, byte[] bytes, String asModule, String asLanguage) {
        return Arguments.of(what, bytes, asModule, asLanguage);
    }

    private static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            String previous = "*a" + (i - 1);
            yaml.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ",
                    previous, previous, previous, previous, previous, previous, previous, previous, previous))
                    .append("]\n");
        }
        return yaml.toString();
    }

    @ParameterizedTest(name = "module.yaml: {0}")
    @MethodSource("nastyFiles")
    void aNastyModuleFileRejectsOnlyThatModule(String what, byte[] bytes, String code, String asLanguage) {
        content.write("nasty-module/module.yaml", bytes);

        ContentSnapshot snapshot = assertDoesNotThrow(content::load);

        assertTrue(snapshot.modules().containsKey("good-module"), () -> Rejected.describe(snapshot));
        if (code != null) {
            Rejected.module(snapshot, "nasty-module", code);
        } else {
            Rejected.nothing(snapshot);
        }
    }

    @ParameterizedTest(name = "text.sv.yaml: {0}")
    @MethodSource("nastyFiles")
    void aNastyLanguageFileRejectsOnlyThatLanguage(String what, byte[] bytes, String asModule, String code) {
        content.write("nasty-module/text.sv.yaml", bytes);

        ContentSnapshot snapshot = assertDoesNotThrow(content::load);

        assertTrue(snapshot.modules().containsKey("good-module"), () -> Rejected.describe(snapshot));
        Rejected.language(snapshot, "nasty-module", "sv", code);
    }

    @Test
    void nestingTooDeepIsReportedAtTheLineWhereItGoesTooDeep() {
        StringBuilder yaml = new StringBuilder(TestContent.textYaml("sv").replace("    title: Well done!", ""));
        for (int depth = 0; depth < 60; depth++) {
            yaml.append("  ".repeat(depth + 2)).append("more:\n");
        }
        content.write("nasty-module/text.sv.yaml", yaml.toString());

        ContentError error = Rejected.language(content.load(), "nasty-module", "sv", "yaml.tooDeep");

        // the file, steps and well-done are levels 1 to 3, and the first "more:" is a key of well-done:
        // the second "more:" opens level 4, the n-th level n + 2, so the line that goes too deep is the 49th
        int firstMore = content.lineOf("nasty-module/text.sv.yaml", "more:");
        int tooDeep = firstMore + (YamlFiles.MAX_DEPTH + 1 - 2) - 1;
        Rejected.at(error, "modules/nasty-module/text.sv.yaml", tooDeep);
    }

    @Test
    void aliasesForRepeatedWordsAreOrdinaryYaml() {
        content.change("nasty-module/text.sv.yaml", "title: Book a visit to the nurse", "title: &name Book a visit to the nurse");
        content.change("nasty-module/text.sv.yaml", "    title: Well done!", "    title: *name");

        ContentSnapshot snapshot = content.load();

        Rejected.nothing(snapshot);
        assertEquals("Book a visit to the nurse", snapshot.modules().get("nasty-module").text("sv").orElseThrow()
                .steps().get("well-done").title());
    }

    @Test
    void aModuleYamlThatIsAFolderIsNoModule() throws Exception {
        content.delete("nasty-module/module.yaml");
        Files.createDirectories(content.modules().resolve("nasty-module/module.yaml"));
        Rejected.module(content.load(), "nasty-module", "module.notFound");
    }

    @Test
    void aModulesFolderThatIsAFileIsReported() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("modules"), "not a folder");
        ContentSnapshot snapshot = assertDoesNotThrow(() -> new ModuleLoader(elsewhere).load());
        assertEquals("content.noModulesFolder", snapshot.rejected().get(0).errors().get(0).code());
    }
}

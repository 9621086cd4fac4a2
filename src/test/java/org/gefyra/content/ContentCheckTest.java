package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author checks a content folder with one command, without a server: every error of every
 * file at once, in their language, and a failing exit when anything would be refused.
 */
class ContentCheckTest {

    @TempDir
    Path dir;

    private String output;

    private int check(Path folder, String language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = new ContentCheck(Locale.forLanguageTag(language), new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run(folder);
        output = bytes.toString(StandardCharsets.UTF_8);
        return status;
    }

    @Test
    void theStarterLibraryPasses() {
        assertEquals(0, check(Path.of("content"), "en"), () -> output);
        assertTrue(output.contains("pay-utility-bill: can be offered in ar, el, en, it, sv."), output);
        assertTrue(output.contains("Everything is correct."), output);
    }

    @Test
    void mistakesInTheModuleFileAndInTheTextFilesAreAllToldInOneRun() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse", "en", "sv");
        content.change("book-a-nurse/module.yaml", "correct: nurse", "correct: nurce");
        content.change("book-a-nurse/module.yaml", "time: \"09:30\"", "time: \"09:15\"");
        content.change("book-a-nurse/text.sv.yaml", "    title: Welcome", "    titel: Welcome");
        content.change("book-a-nurse/text.en.yaml", "        feedback: The dentist looks after teeth.\n", "");

        assertEquals(1, check(dir, "en"), () -> output);

        assertTrue(output.contains("book-a-nurse: NOT offered."), output);
        assertTrue(output.contains("modules/book-a-nurse/module.yaml, line " + content.lineOf("book-a-nurse/module.yaml", "correct:")
                + ", step \"which-service\": the correct answer \"nurce\" is not one of the options; it must be one of: "
                + "nurse, dentist, vaccination."), output);
        assertTrue(output.contains("step \"try-it\": the goal \"time: 09:15\" cannot be reached in the sandbox "
                + "appointment-booking: \"time\" must be one of: 08:00, 08:30"), output);
        assertTrue(output.contains("modules/book-a-nurse/text.sv.yaml, line " + content.lineOf("book-a-nurse/text.sv.yaml", "titel:")
                + ", step \"welcome\": unknown key \"titel\": did you mean \"title\"?"), output);
        assertTrue(output.contains("modules/book-a-nurse/text.en.yaml, line "
                + content.lineOf("book-a-nurse/text.en.yaml", "text: Dentist") + ", step \"which-service\", option \"dentist\": "
                + "\"feedback\" is missing or empty."), output);
        assertTrue(output.contains("1 module checked: 0 can be offered, 1 refused; 2 languages refused."), output);
    }

    @Test
    void theAuthorReadsTheReportInTheirLanguage() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse", "en");
        content.change("book-a-nurse/module.yaml", "correct: nurse", "correct: nurce");

        assertEquals(1, check(dir, "el"), () -> output);

        assertTrue(output.contains("book-a-nurse: ΔΕΝ προσφέρεται."), output);
        assertTrue(output.contains("γραμμή " + content.lineOf("book-a-nurse/module.yaml", "correct:")
                + ", βήμα \"which-service\": η σωστή απάντηση \"nurce\""), output);
    }

    @Test
    void aLanguageThatWouldBeRefusedFailsTheCheckButTheModuleIsStillOffered() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse", "en", "it");
        content.change("book-a-nurse/text.it.yaml", "can_do:", "can-do:");

        assertEquals(1, check(dir, "it"), () -> output);

        assertTrue(output.contains("book-a-nurse: può essere offerto in en."), output);
        assertTrue(output.contains("book-a-nurse: la lingua it non viene offerta."), output);
    }

    @Test
    void oneModuleFolderCanBeCheckedOnItsOwn() {
        new TestContent(dir).goodModule("book-a-nurse", "en");

        assertEquals(0, check(dir.resolve("modules/book-a-nurse"), "en"), () -> output);
        assertTrue(output.contains("book-a-nurse: can be offered in en."), output);
    }

    @Test
    void aDraftPassesAndIsSaidToBeADraft() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse", "en");
        content.change("book-a-nurse/module.yaml", "version: 1", "version: 1\ndraft: true");

        assertEquals(0, check(dir, "en"), () -> output);
        assertTrue(output.contains("book-a-nurse: a draft, ready to preview in en."), output);
    }

    @Test
    void aFolderThatIsNotThereIsSaidInWords() {
        assertEquals(2, check(dir.resolve("no-such-folder"), "en"));
        assertTrue(output.startsWith("There is no folder "), output);
    }
}

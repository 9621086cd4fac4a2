package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A translator breaks one thing in a language file: that language is not offered, the module still
 * is in English, and the error names the file, the line and what is wrong.
 */
class TextFileErrorsTest {

    private static final String TEXT = "book-a-nurse/text.sv.yaml";
    private static final String FILE = "modules/book-a-nurse/text.sv.yaml";

    @TempDir
    Path dir;
    private TestContent content;

    @BeforeEach
    void aGoodModuleInEnglishAndSwedish() {
        content = new TestContent(dir).goodModule("book-a-nurse", "en", "sv");
        Rejected.nothing(content.load());
    }

    /** Loads, and checks Swedish alone is rejected for this code at the line that contains the marker. */
    private ContentError swedishRejectedAt(String code, String marker) {
        ContentError error = Rejected.language(content.load(), "book-a-nurse", "sv", code);
        Rejected.at(error, FILE, content.lineOf(TEXT, marker));
        return error;
    }

    @Test
    void aTypoInATopKeyIsAnUnknownKey() {
        content.change(TEXT, "title: Book a visit", "titel: Book a visit");
        assertEquals("titel", swedishRejectedAt("key.unknownMeant", "titel:").arguments().get(0));
    }

    @Test
    void aTypoInAStepKeyIsAnUnknownKey() {
        content.change(TEXT, "    image_alt: A nurse", "    imagealt: A nurse");
        assertEquals("imagealt", swedishRejectedAt("key.unknownMeant", "imagealt:").arguments().get(0));
    }

    @Test
    void aTypoInAnOptionKeyIsAnUnknownKey() {
        content.change(TEXT, "        feedback: The dentist", "        feedbak: The dentist");
        assertEquals("feedbak", swedishRejectedAt("key.unknownMeant", "feedbak:").arguments().get(0));
    }

    @Test
    void optionsOnAStepThatIsNotAQuizAreAnUnknownKey() {
        content.change(TEXT, "    body: You booked a visit to the nurse.",
                "    body: You booked a visit to the nurse.\n    options: {}");
        swedishRejectedAt("key.unknown", "options: {}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xx", "english", "EN", "swe", "e1"})
    void aLanguageCodeThatIsNotIso6391IsReported(String code) {
        content.write("book-a-nurse/text." + code + ".yaml", TestContent.textYaml(code));
        ContentError error = Rejected.language(content.load(), "book-a-nurse", code, "text.languageBad");
        Rejected.at(error, "modules/book-a-nurse/text." + code + ".yaml", 0);
        assertEquals(code, error.arguments().get(0));
    }

    @Test
    void aLanguageFileWithTheWrongEndingIsReported() {
        content.write("book-a-nurse/text.de.yml", TestContent.textYaml("de"));
        ContentError error = Rejected.language(content.load(), "book-a-nurse", "text.de.yml", "text.fileName");
        Rejected.at(error, "modules/book-a-nurse/text.de.yml", 0);
    }

    @Test
    void aLanguageInsideTheFileThatIsNotTheFileNamesIsReported() {
        content.change(TEXT, "language: sv", "language: en");
        assertEquals(List.of("en", "sv"), swedishRejectedAt("text.languageMismatch", "language: en").arguments());
    }

    @Test
    void aStepWithoutTextIsReported() {
        content.change(TEXT, "  well-done:\n    title: Well done!\n    body: You booked a visit to the nurse.\n", "");
        ContentError error = Rejected.language(content.load(), "book-a-nurse", "sv", "text.stepMissing");
        assertEquals("well-done", error.arguments().get(0));
        // a missing thing has no line of its own: the error points at the steps it is missing from
        Rejected.at(error, FILE, content.lineOf(TEXT, "steps:") + 1);
    }

    @Test
    void textForAStepTheModuleDoesNotHaveIsReported() {
        content.change(TEXT, "  well-done:", "  all-done:");
        assertEquals("all-done", swedishRejectedAt("text.stepUnknown", "all-done:").arguments().get(0));
    }

    @Test
    void aStepWithoutTitleIsReported() {
        content.change(TEXT, "    title: Welcome\n", "");
        ContentError error = swedishRejectedAt("key.missing", "    body: |");
        assertEquals("title", error.arguments().get(0));
    }

    @Test
    void aStepWithAnEmptyBodyIsReported() {
        content.change(TEXT, "    body: You booked a visit to the nurse.", "    body: \"\"");
        assertEquals("body", swedishRejectedAt("key.missing", "body: \"\"").arguments().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title: Book a visit to the nurse\n", "summary: Book a blood", "can_do: I can"})
    void aModuleWithoutTitleSummaryOrCanDoIsReported(String line) {
        String text = content.read(TEXT);
        int start = text.indexOf(line);
        content.write(TEXT, text.substring(0, start) + text.substring(text.indexOf('\n', start) + 1));
        ContentError error = swedishRejectedAt("key.missing", "language: sv");
        assertEquals(line.substring(0, line.indexOf(':')), error.arguments().get(0));
    }

    @Test
    void aQuizOptionWithoutFeedbackIsReported() {
        content.change(TEXT, "        feedback: The dentist looks after teeth.\n", "");
        ContentError error = swedishRejectedAt("key.missing", "        text: Dentist");
        assertEquals("feedback", error.arguments().get(0));
    }

    @Test
    void aQuizOptionWithoutTextIsReported() {
        content.change(TEXT, "        text: Dentist\n", "");
        assertEquals("text", swedishRejectedAt("key.missing", "feedback: The dentist").arguments().get(0));
    }

    @Test
    void aQuizOptionLeftOutIsReported() {
        content.change(TEXT, "      vaccination:\n        text: Vaccination\n        feedback: Vaccination is for vaccines.\n", "");
        ContentError error = swedishRejectedAt("text.optionMissing", "      nurse:");
        assertEquals(List.of("which-service", "vaccination"), error.arguments());
    }

    @Test
    void textForAnOptionTheQuizDoesNotHaveIsReported() {
        content.change(TEXT, "      vaccination:", "      vaccine:");
        swedishRejectedAt("text.optionUnknown", "vaccine:");
    }

    @Test
    void aStepWithAnImageButNoImageAltIsReported() {
        content.change(TEXT, "    image_alt: A nurse smiling in a health centre\n", "");
        ContentError error = swedishRejectedAt("text.imageAltMissing", "    title: Welcome");
        assertEquals("welcome", error.arguments().get(0));
    }

    @Test
    void aFileNotSavedAsUtf8IsReported() {
        content.write(TEXT, TestContent.textYaml("sv").replace("Welcome", "Välkommen")
                .getBytes(Charset.forName("ISO-8859-1")));
        Rejected.at(Rejected.language(content.load(), "book-a-nurse", "sv", "file.notUtf8"), FILE, 0);
    }

    @Test
    void aTabInTheIndentationIsInvalidYaml() {
        content.change(TEXT, "    title: Well done!", "\ttitle: Well done!");
        swedishRejectedAt("yaml.tab", "\ttitle: Well done!");
    }

    @Test
    void aColonInAnUnquotedTitleIsInvalidYaml() {
        content.change(TEXT, "title: Book a visit to the nurse", "title: Applying for a benefit: find the form");
        swedishRejectedAt("yaml.colon", "title: Applying");
    }

    @Test
    void anEmptyLanguageFileIsReported() {
        content.write(TEXT, "");
        Rejected.at(Rejected.language(content.load(), "book-a-nurse", "sv", "file.empty"), FILE, 0);
    }

    @Test
    void optionsWrittenAsAListInsteadOfAGroupAreReported() {
        String text = content.read(TEXT);
        int start = text.indexOf("    options:\n");
        content.write(TEXT, text.substring(0, start) + "    options: [Nurse, Dentist, Vaccination]\n"
                + text.substring(text.indexOf("  try-it:")));
        swedishRejectedAt("value.notMapping", "options: [Nurse");
    }

    @Test
    void everyProblemInAFileIsReportedAtOnce() {
        content.change(TEXT, "    title: Welcome", "    titel: Welcome");
        content.change(TEXT, "        feedback: The dentist looks after teeth.\n", "");
        content.change(TEXT, "can_do:", "cando:");
        Rejection rejection = content.load().rejected().get(0);
        List<String> codes = rejection.errors().stream().map(ContentError::code).toList();
        assertTrue(codes.size() >= 5, () -> codes.toString());
        assertTrue(codes.containsAll(List.of("key.unknownMeant", "key.missing")), () -> codes.toString());
    }
}

package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An author breaks one thing in a good module's {@code module.yaml}: the whole module is not offered,
 * and the error names the file, the line, and the code of what is wrong.
 */
class ModuleFileErrorsTest {

    private static final String MODULE = "book-a-nurse/module.yaml";
    private static final String FILE = "modules/book-a-nurse/module.yaml";

    @TempDir
    Path dir;
    private TestContent content;

    @BeforeEach
    void aGoodModule() {
        content = new TestContent(dir).goodModule("book-a-nurse", "en", "el");
        Rejected.nothing(content.load());
    }

    /** Loads, and checks the module is rejected for this code at the line that contains the marker. */
    private ContentError rejectedAt(String code, String marker) {
        ContentError error = Rejected.module(content.load(), "book-a-nurse", code);
        Rejected.at(error, FILE, content.lineOf(MODULE, marker));
        return error;
    }

    @Test
    void aTypoInAModuleKeyIsAnUnknownKey() {
        content.change(MODULE, "minutes: 10", "minutes: 10\ntitel: Book a nurse");
        ContentError error = rejectedAt("key.unknown", "titel:");
        assertEquals("titel", error.arguments().get(0));
    }

    @Test
    void aTypoInAStepKeyIsAnUnknownKey() {
        content.change(MODULE, "    options: [", "    optins: [");
        ContentError error = rejectedAt("key.unknownMeant", "optins:");
        assertEquals(List.of("optins", "id, type, options, correct", "options"), error.arguments());
    }

    @Test
    void aKeyOfAnotherStepTypeIsAnUnknownKey() {
        content.change(MODULE, "    correct: nurse", "    correct: nurse\n    image: images/nurse.svg");
        ContentError error = Rejected.module(content.load(), "book-a-nurse", "key.unknown");
        Rejected.at(error, FILE, content.lineOf(MODULE, "correct: nurse") + 1);
    }

    @Test
    void aModuleIdThatIsNotAnIdIsBad() {
        content.change(MODULE, "id: book-a-nurse", "id: Book_A_Nurse");
        rejectedAt("id.bad", "id: Book_A_Nurse");
    }

    @Test
    void aModuleIdThatIsNotTheFolderNameIsAMismatch() {
        content.change(MODULE, "id: book-a-nurse", "id: book-the-nurse");
        ContentError error = rejectedAt("module.idMismatch", "id: book-the-nurse");
        assertEquals(List.of("book-the-nurse", "book-a-nurse"), error.arguments());
    }

    @Test
    void aFolderNameThatIsNotAnIdIsBad() {
        content.write("Nurse_Visit/module.yaml", TestContent.moduleYaml("Nurse_Visit"))
                .write("Nurse_Visit/images/cover.svg", TestContent.SVG)
                .write("Nurse_Visit/images/nurse.svg", TestContent.SVG)
                .write("Nurse_Visit/text.en.yaml", TestContent.textYaml("en"));
        ContentSnapshot snapshot = content.load();
        Rejected.at(Rejected.module(snapshot, "Nurse_Visit", "id.bad"), "modules/Nurse_Visit", 0);
        assertTrue(snapshot.modules().containsKey("book-a-nurse"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "2-step", "Well_Done", "réservation", "well done", "-done",
            "a2345678901234567890123456789012345678901234567890123456789012345"})
    void aStepIdThatIsNotAnIdIsBad(String id) {
        content.change(MODULE, "- id: well-done", "- id: \"" + id + "\"");
        assertEquals(id, rejectedAt("id.bad", "- id: \"" + id).arguments().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"end", "a234567890123456789012345678901234567890123456789012345678901234"})
    void stepIdsOfThreeToSixtyFourCharactersAreFine(String id) {
        content.change(MODULE, "- id: well-done", "- id: " + id);
        content.change("book-a-nurse/text.en.yaml", "  well-done:", "  " + id + ":");
        ContentSnapshot snapshot = content.load();
        assertTrue(snapshot.modules().get("book-a-nurse").step(id).isPresent(), () -> Rejected.describe(snapshot));
    }

    @Test
    void aStepIdUsedTwiceIsADuplicate() {
        int second = content.lineOf(MODULE, "- id: well-done");
        content.change(MODULE, "- id: well-done", "- id: welcome");
        ContentError error = Rejected.module(content.load(), "book-a-nurse", "step.duplicateId");
        Rejected.at(error, FILE, second);
        assertEquals("welcome", error.arguments().get(0));
    }

    @Test
    void aKeyWrittenTwiceIsADuplicate() {
        int second = content.lineOf(MODULE, "level: 1") + 1;
        content.change(MODULE, "level: 1", "level: 1\nlevel: 2");
        Rejected.at(Rejected.module(content.load(), "book-a-nurse", "key.duplicate"), FILE, second);
    }

    @Test
    void anUnknownStepTypeIsReported() {
        content.change(MODULE, "- id: well-done\n    type: read", "- id: well-done\n    type: slideshow");
        assertEquals("slideshow", rejectedAt("step.typeUnknown", "type: slideshow").arguments().get(0));
    }

    @Test
    void anUnknownSandboxIsReported() {
        content.change(MODULE, "sandbox: appointment-booking", "sandbox: doctor-booking");
        assertEquals("doctor-booking", rejectedAt("sandbox.unknown", "sandbox: doctor-booking").arguments().get(0));
    }

    @Test
    void aCorrectAnswerThatIsNotAnOptionIsReported() {
        content.change(MODULE, "correct: nurse", "correct: doctor");
        rejectedAt("quiz.correctNotAnOption", "correct: doctor");
    }

    @Test
    void aQuizWithOneOptionIsTooSmall() {
        content.change(MODULE, "options: [nurse, dentist, vaccination]", "options: [nurse]");
        assertEquals("1", rejectedAt("quiz.optionCount", "options: [nurse]").arguments().get(0));
    }

    @Test
    void aQuizWithSevenOptionsIsTooBig() {
        content.change(MODULE, "options: [nurse, dentist, vaccination]",
                "options: [nurse, dentist, vaccination, blood-test, doctor, pharmacy, optician]");
        assertEquals("7", rejectedAt("quiz.optionCount", "options: [nurse").arguments().get(0));
    }

    @Test
    void aQuizWithTwoOptionsIsFine() {
        content.change(MODULE, "options: [nurse, dentist, vaccination]", "options: [nurse, dentist]");
        content.change("book-a-nurse/text.en.yaml",
                "      vaccination:\n        text: Vaccination\n        feedback: Vaccination is for vaccines.\n", "");
        ContentSnapshot snapshot = content.load();
        assertEquals(List.of("nurse", "dentist"), snapshot.modules().get("book-a-nurse").step("which-service")
                .orElseThrow().options(), () -> Rejected.describe(snapshot));
    }

    @Test
    void anOptionListedTwiceIsReported() {
        content.change(MODULE, "options: [nurse, dentist, vaccination]", "options: [nurse, dentist, nurse]");
        rejectedAt("quiz.optionDuplicate", "options: [nurse, dentist, nurse]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"6.1\"", "\"2.7\"", "\"0.1\"", "\"1.0\"", "\"5.5\"", "\"21\"", "\"2.1.1\"", "digital"})
    void aDigCompCodeOutOfRangeIsReported(String code) {
        content.change(MODULE, "digcomp: [\"2.3\"]", "digcomp: [\"1.1\", " + code + "]");
        assertEquals(code.replace("\"", ""), rejectedAt("digcomp.bad", "digcomp:").arguments().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "9", "two", "1.5", "-1"})
    void aLevelOutsideOneToEightIsReported(String level) {
        content.change(MODULE, "level: 1", "level: " + level);
        rejectedAt("value.notWholeNumber", "level: " + level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "two", "1.5", "-3", "2nd"})
    void aVersionThatIsNotAWholeNumberFromOneIsReported(String version) {
        content.change(MODULE, "version: 1", "version: " + version);
        rejectedAt("value.notWholeNumber", "version: " + version);
    }

    @Test
    void aListWhereOneValueBelongsIsReported() {
        content.change(MODULE, "version: 1", "version: [1, 2]");
        rejectedAt("value.notText", "version: [1, 2]");
    }

    @Test
    void anUnknownAudienceIsReported() {
        content.change(MODULE, "audience: [older-people]", "audience: [older-people, children]");
        assertEquals("children", rejectedAt("audience.unknown", "audience:").arguments().get(0));
    }

    @Test
    void aMissingRequiredKeyIsReported() {
        content.change(MODULE, "minutes: 10\n", "");
        ContentError error = Rejected.module(content.load(), "book-a-nurse", "key.missing");
        assertEquals("minutes", error.arguments().get(0));
        Rejected.at(error, FILE, 1);
    }

    @Test
    void aModuleWithoutStepsIsReported() {
        String yaml = content.read(MODULE);
        content.write(MODULE, yaml.substring(0, yaml.indexOf("steps:")) + "steps: []\n");
        rejectedAt("steps.empty", "steps: []");
    }

    @Test
    void aTabInTheIndentationIsInvalidYaml() {
        content.change(MODULE, "    correct: nurse", "\tcorrect: nurse");
        rejectedAt("yaml.tab", "\tcorrect: nurse");
    }

    @Test
    void aKeyIndentedOneSpaceTooFewIsInvalidYaml() {
        content.change(MODULE, "    correct: nurse", "   correct: nurse");
        rejectedAt("yaml.indentation", "   correct: nurse");
    }

    @Test
    void anUnclosedListIsInvalidYaml() {
        content.change(MODULE, "options: [nurse, dentist, vaccination]", "options: [nurse, dentist, vaccination");
        ContentError error = Rejected.module(content.load(), "book-a-nurse", "yaml.bracket");
        assertTrue(error.line() >= content.lineOf(MODULE, "options: [nurse"), () -> error.toString());
    }
}

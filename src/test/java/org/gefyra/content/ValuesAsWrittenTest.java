package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loader reads every value as the author wrote it, quoted or not: {@code 2.10} is not turned into
 * {@code 2.1}, {@code 10:00} not into a number of minutes, and a number is fine where words go.
 */
class ValuesAsWrittenTest {

    private static final String MODULE = "book-a-nurse/module.yaml";
    private static final String TEXT = "book-a-nurse/text.en.yaml";

    @TempDir
    Path dir;
    private TestContent content;

    @BeforeEach
    void aGoodModule() {
        content = new TestContent(dir).goodModule("book-a-nurse");
    }

    private LearningModule loaded() {
        ContentSnapshot snapshot = content.load();
        Rejected.nothing(snapshot);
        return snapshot.modules().get("book-a-nurse");
    }

    @Test
    void unquotedDigCompCodesAreReadAsWritten() {
        content.change(MODULE, "digcomp: [\"2.3\"]", "digcomp: [1.1, 2.3]");
        assertEquals(List.of("1.1", "2.3"), loaded().digcomp());
    }

    @Test
    void digCompTwoPointTenIsNotCompetenceTwoPointOne() {
        content.change(MODULE, "digcomp: [\"2.3\"]", "digcomp: [1.1, 2.10]");
        ContentSnapshot snapshot = content.load();
        ContentError error = Rejected.module(snapshot, "book-a-nurse", "digcomp.bad");
        assertEquals(List.of("2.10"), error.arguments());
        long bad = snapshot.rejected().get(0).errors().stream().filter(e -> e.code().equals("digcomp.bad")).count();
        assertEquals(1, bad, "1.1 is a competence; only 2.10 is wrong");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "goal: { service: nurse, day: monday, time: \"10:00\" }",
        "goal: { service: nurse, day: monday, time: '10:00' }",
        "goal: { service: nurse, day: monday, time: 10:00 }",
        "goal:\n      service: nurse\n      day: monday\n      time: 10:00",
        "goal:\n      service: nurse\n      day: monday\n      time: \"10:00\"",
    })
    void aTimeIsTheSameQuotedOrNot(String goal) {
        content.change(MODULE, "goal: { service: nurse, day: monday, time: \"09:30\" }", goal);
        assertEquals("10:00", loaded().step("try-it").orElseThrow().goal().get("time"));
    }

    @Test
    void anUnquotedTimeOffTheHalfHourIsReportedAsWritten() {
        content.change(MODULE, "time: \"09:30\"", "time: 10:15");
        ContentError error = Rejected.module(content.load(), "book-a-nurse", "goal.valueBad");
        assertEquals(List.of("time", "10:15"), error.arguments().subList(0, 2));
    }

    @Test
    void anUnquotedAmountKeepsItsTwoDecimals() {
        content.change(MODULE, "sandbox: appointment-booking", "sandbox: bill-payment");
        content.change(MODULE, "{ service: nurse, day: monday, time: \"09:30\" }", "{ reference: RF18 5390, amount: 42.50 }");
        assertEquals("42.50", loaded().step("try-it").orElseThrow().goal().get("amount"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "\"3\""})
    void aNumberOfScamsMayBeQuotedOrNot(String scams) {
        content.change(MODULE, "sandbox: appointment-booking", "sandbox: email-inbox");
        content.change(MODULE, "{ service: nurse, day: monday, time: \"09:30\" }", "{ scams: " + scams + " }");
        assertEquals("3", loaded().step("try-it").orElseThrow().goal().get("scams"));
    }

    @Test
    void aUserNameOfDigitsKeepsItsLeadingZero() {
        content.change(MODULE, "sandbox: appointment-booking", "sandbox: gov-login");
        content.change(MODULE, "{ service: nurse, day: monday, time: \"09:30\" }", "{ username: 0123 }");
        assertEquals("0123", loaded().step("try-it").orElseThrow().goal().get("username"));
    }

    @Test
    void numbersAndYesOrNoAreWordsWhereWordsAreExpected() {
        content.change(TEXT, "title: Book a visit to the nurse", "title: 2024");
        content.change(TEXT, "summary: Book a blood pressure check with the nurse at your health centre.", "summary: yes");
        content.change(TEXT, "        text: Dentist", "        text: 112");
        content.change(TEXT, "    image_alt: A nurse smiling in a health centre", "    image_alt: 1e3");
        content.change(TEXT, "    body: You booked a visit to the nurse.", "    body: 3.10");

        ModuleText text = loaded().text("en").orElseThrow();

        assertEquals("2024", text.title());
        assertEquals("yes", text.summary());
        assertEquals("112", text.steps().get("which-service").options().get("dentist").text());
        assertEquals("1e3", text.steps().get("welcome").imageAlt());
        assertEquals("<p>3.10</p>", text.steps().get("well-done").bodyHtml().strip());
    }

    @Test
    void aNumberWhereAnIdIsExpectedIsABadId() {
        content.change(MODULE, "- id: well-done", "- id: 123");
        assertEquals(List.of("123"), Rejected.module(content.load(), "book-a-nurse", "id.bad").arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"    title:", "    title: \"\"", "    title: null", "    title: \"   \""})
    void anEmptyTitleIsAMissingTitle(String title) {
        content.change(TEXT, "    title: Well done!", title);
        assertEquals("title", Rejected.everyLanguage(content.load(), "book-a-nurse", "en", "key.missing").arguments().get(0));
    }

    @Test
    void spacesAroundAValueAreNotPartOfIt() {
        content.change(MODULE, "correct: nurse", "correct: \"nurse \"");
        assertEquals("nurse", loaded().step("which-service").orElseThrow().correct());
    }
}

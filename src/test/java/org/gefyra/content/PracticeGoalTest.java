package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A practice step names a sandbox and a goal the sandbox can check: the examples of the authors'
 * guide load, and a goal the sandbox cannot check or reach rejects the module.
 */
class PracticeGoalTest {

    private static final String MODULE = "book-a-nurse/module.yaml";
    private static final String FILE = "modules/book-a-nurse/module.yaml";
    private static final String GOAL = "    sandbox: appointment-booking\n    goal: { service: nurse, day: monday, time: \"09:30\" }";

    @TempDir
    Path dir;
    private TestContent content;

    @BeforeEach
    void aGoodModule() {
        content = new TestContent(dir).goodModule("book-a-nurse");
    }

    private void practice(String sandbox, String goal) {
        content.change(MODULE, GOAL, "    sandbox: " + sandbox + "\n    goal: " + goal);
    }

    private Step practiceStep() {
        ContentSnapshot snapshot = content.load();
        Rejected.nothing(snapshot);
        return snapshot.modules().get("book-a-nurse").step("try-it").orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "gov-login           | { username: maria.papadopoulou }                          | username    | maria.papadopoulou",
        "appointment-booking | { service: general-practitioner, day: tuesday, time: \"10:00\" } | time | 10:00",
        "certificate-request | { certificate: residence }                                | certificate | residence",
        "bill-payment        | { reference: \"RF18 5390 0754 7034\", amount: \"42.50\" } | reference   | RF18 5390 0754 7034",
        "email-inbox         | { scams: 3 }                                              | scams       | 3",
        "video-call          | { contact: daughter }                                     | contact     | daughter",
    })
    void everySandboxAcceptsTheGuidesExample(String sandbox, String goal, String key, String value) {
        practice(sandbox, goal);
        Step step = practiceStep();
        assertEquals(Sandboxes.byId(sandbox).orElseThrow(), step.sandbox());
        assertEquals(value, step.goal().get(key));
    }

    @Test
    void aGoalWrittenAsABlockIsTheSameGoal() {
        content.change(MODULE, "    goal: { service: nurse, day: monday, time: \"09:30\" }",
                "    goal:\n      service: nurse\n      day: monday\n      time: \"09:30\"");
        assertEquals(Map.of("service", "nurse", "day", "monday", "time", "09:30"), practiceStep().goal());
    }

    @ParameterizedTest(name = "{0} does not check {1}")
    @CsvSource(delimiter = '|', value = {
        "appointment-booking | { service: nurse, colour: blue }  | colour",
        "appointment-booking | { contact: daughter }             | contact",
        "gov-login           | { username: anna, password: x1 } | password",
        "bill-payment        | { iban: \"GR16 0110 1250\" }      | iban",
        "video-call          | { contact: son, service: nurse } | service",
    })
    void aGoalKeyTheSandboxDoesNotCheckIsReported(String sandbox, String goal, String key) {
        practice(sandbox, goal);
        ContentError error = Rejected.module(content.load(), "book-a-nurse", "goal.keyUnknown");
        Rejected.at(error, FILE, content.lineOf(MODULE, "goal:"));
        assertEquals(List.of(sandbox, key), error.arguments().subList(0, 2));
    }

    @ParameterizedTest(name = "{0} cannot reach {1}")
    @CsvSource(delimiter = '|', value = {
        "appointment-booking | { day: sunday }                   | sunday",
        "appointment-booking | { time: \"10:15\" }               | 10:15",
        "appointment-booking | { time: \"07:30\" }               | 07:30",
        "appointment-booking | { time: \"17:00\" }               | 17:00",
        "appointment-booking | { service: surgeon }              | surgeon",
        "gov-login           | { username: Maria P }             | Maria P",
        "gov-login           | { username: ab }                  | ab",
        "certificate-request | { certificate: passport }         | passport",
        "bill-payment        | { reference: RF18, amount: \"42.5\" } | 42.5",
        "bill-payment        | { reference: \"RF-18\" }          | RF-18",
        "email-inbox         | { scams: 4 }                      | 4",
        "email-inbox         | { scams: 0 }                      | 0",
        "video-call          | { contact: neighbour }            | neighbour",
    })
    void aGoalValueTheSandboxCannotReachIsReported(String sandbox, String goal, String value) {
        practice(sandbox, goal);
        ContentError error = Rejected.module(content.load(), "book-a-nurse", "goal.valueBad");
        Rejected.at(error, FILE, content.lineOf(MODULE, "goal:"));
        assertEquals(value, error.arguments().get(1));
    }

    @Test
    void aGoalOnItsOwnLineIsReportedAtThatLine() {
        content.change(MODULE, "    goal: { service: nurse, day: monday, time: \"09:30\" }",
                "    goal:\n      service: nurse\n      day: saturday");
        Rejected.at(Rejected.module(content.load(), "book-a-nurse", "goal.valueBad"), FILE,
                content.lineOf(MODULE, "day: saturday"));
    }

    @Test
    void anEmptyGoalIsReported() {
        practice("video-call", "{}");
        Rejected.at(Rejected.module(content.load(), "book-a-nurse", "goal.empty"), FILE, content.lineOf(MODULE, "goal:"));
    }

    @Test
    void aPracticeWithoutAGoalIsReported() {
        content.change(MODULE, "    goal: { service: nurse, day: monday, time: \"09:30\" }\n", "");
        assertEquals("goal", Rejected.module(content.load(), "book-a-nurse", "key.missing").arguments().get(0));
    }
}

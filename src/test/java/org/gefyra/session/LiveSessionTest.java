package org.gefyra.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.gefyra.content.LearningModule;
import org.gefyra.content.StarterModules;
import org.gefyra.learner.LearnerForm;
import org.gefyra.learner.Picture;
import org.gefyra.learning.LearnerKey;
import org.gefyra.learning.LearningPlace;
import org.gefyra.learning.ProgressService.RatingTime;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.SignedOut;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The educator's live view: who is on which step for how long, who asked for help, who answered
 * one question wrong three times, who stays long on one step; and the summary the session keeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveSessionTest {

    final RunningSession running = new RunningSession();
    final SessionServices services = running.services;
    final LearningModule module = StarterModules.library().module("sign-in-digital-id").orElseThrow();

    @AfterAll
    void tearDown() {
        running.db.close();
    }

    void step(Caller who, LearningSession session, String stepId) {
        running.db.run(() -> services.progress.view(LearnerKey.of(who), module, module.step(stepId).orElseThrow(),
                place(session)));
    }

    LearningPlace place(LearningSession session) {
        return new LearningPlace(running.net.library.getId(), session.getId(), "en");
    }

    Caller joined(LearningSession session, String name) {
        return joined(session, running.learnerAt(running.net.library, name));
    }

    Caller joined(LearningSession session, Caller learner) {
        running.db.inTransaction(() -> services.joins.joinWithCode(learner, session.getJoinCode()));
        running.db.inTransaction(() -> services.progress.open(LearnerKey.of(learner), module, place(session)));
        return learner;
    }

    List<LiveAttendee> live(LearningSession session) {
        return running.db.inTransaction(() -> services.live.attendees(running.educator, session.getId(), "en"));
    }

    @Test
    void eachAttendeeShowsTheirModuleAndStepAndWhoAskedForHelpComesFirst() {
        LearningSession session = running.open("Live", 10);
        Caller maria = joined(session, "Maria");
        Caller ahmed = joined(session, "Ahmed");
        step(maria, session, "welcome");
        step(ahmed, session, "what-is-digital-id");
        running.db.inTransaction(() -> services.joins.askForHelp(ahmed));

        List<LiveAttendee> live = live(session);
        assertEquals(List.of("Ahmed", "Maria"), live.stream().map(LiveAttendee::name).toList());
        assertEquals(LiveAttendee.NeedsHelp.ASKED, live.get(0).needsHelp());
        assertEquals(2, live.get(0).stepNumber());
        assertEquals(module.steps().size(), live.get(0).stepCount());
        assertEquals(module.texts().get("en").title(), live.get(0).moduleTitle());
        assertEquals(module.texts().get("en").steps().get("what-is-digital-id").title(), live.get(0).stepTitle());
        assertNull(live.get(1).needsHelp());

        running.db.run(() -> services.attendance.helped(running.educator, session.getId(), live.get(0).attendanceId()));
        assertTrue(live(session).stream().allMatch(a -> a.needsHelp() == null), "the educator helped");
    }

    @Test
    void threeWrongAnswersToOneQuestionShowThatSomeoneIsStuckUntilTheyAnswerRight() {
        LearningSession session = running.open("Quiz", 10);
        Caller giorgos = joined(session, "Giorgos");
        step(giorgos, session, "id-quiz");
        LearnerKey who = LearnerKey.of(giorgos);
        var quiz = module.step("id-quiz").orElseThrow();
        // Different answers one after the other: the same one twice within a moment would count as one tap.
        for (String wrong : List.of("bank-card", "email-address", "bank-card")) {
            running.db.inTransaction(() -> services.progress.answer(who, module, quiz, wrong, place(session)));
        }
        LiveAttendee stuck = live(session).get(0);
        assertEquals(LiveAttendee.NeedsHelp.WRONG_ANSWERS, stuck.needsHelp());
        assertEquals(3, stuck.wrongAnswers());
        running.db.inTransaction(() -> services.progress.answer(who, module, quiz, "digital-id", place(session)));
        assertNull(live(session).get(0).needsHelp());
    }

    @Test
    void longOnOneStepShowsThatSomeoneIsStuckUnlessTheySignedOut() {
        LearningSession session = running.open("Slow", 10);
        Caller eleni = joined(session, "Eleni");
        step(eleni, session, "how-to");
        services.live.clock = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(LiveSession.LONG_ON_STEP_MINUTES + 1));
        try {
            LiveAttendee slow = live(session).get(0);
            assertEquals(LiveAttendee.NeedsHelp.LONG_ON_STEP, slow.needsHelp());
            assertTrue(slow.minutesOnStep() >= LiveSession.LONG_ON_STEP_MINUTES);
            running.db.run(() -> services.joins.leave(new SignedOut(eleni)));
            LiveAttendee gone = live(session).get(0);
            assertTrue(gone.left());
            assertNull(gone.needsHelp());
        } finally {
            services.live.clock = Clock.systemUTC();
        }
    }

    @Test
    void theSummaryCountsAttendeesNewcomersStepsModulesAndConfidence() {
        Caller registeredBefore = running.learnerAt(running.net.library, "Maria");
        LearningSession session = running.open("Summary", 10);
        Caller maria = joined(session, registeredBefore);
        LearnerKey who = LearnerKey.of(maria);
        running.db.inTransaction(() -> services.progress.rate(who, module, RatingTime.BEFORE, 2, place(session)));
        for (var step : module.steps()) {
            step(maria, session, step.id());
        }
        running.db.inTransaction(() -> services.progress.complete(who, module, place(session)));
        running.db.inTransaction(() -> services.progress.rate(who, module, RatingTime.AFTER, 4, place(session)));
        running.db.inTransaction(() -> services.joins.joinWithCode(RunningSession.guest(), session.getJoinCode()));
        Caller absent = running.learnerAt(running.net.library, "Absent");
        running.db.run(() -> services.attendance.mark(running.educator, session.getId(), absent.id(), AttendanceStatus.ABSENT));
        LearnerForm walkIn = new LearnerForm();
        walkIn.displayName = "Samir";
        walkIn.language = "ar";
        walkIn.picture = Picture.MOON;
        walkIn.pin = "1357";
        walkIn.consentProgress = true;
        running.db.inTransaction(() -> services.attendance.registerWalkIn(running.educator, session.getId(), walkIn));

        SessionSummary summary = running.db.inTransaction(() -> services.sessions.close(running.educator, session.getId()))
                .getSummary();
        assertEquals(3, summary.getAttendees(), "Maria, a guest and a walk-in; not the absent learner");
        assertEquals(1, summary.getGuests());
        assertEquals(1, summary.getNewLearners(), "the walk-in; Maria was registered before the session opened");
        assertEquals(module.steps().size(), summary.getStepsReached());
        assertEquals(1, summary.getModulesCompleted());
        assertEquals(1, summary.getConfidencePairs());
        assertEquals(1, summary.getConfidenceRaised());
        assertEquals(2.0, summary.getAverageConfidenceChange());
        SessionSummary kept = running.db.inTransaction(() -> services.sessions.get(running.educator, session.getId())).getSummary();
        assertEquals(summary.getStepsReached(), kept.getStepsReached(), "the summary stays with the session");
    }
}

package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gefyra.content.LearningModule;
import org.gefyra.content.Step;
import org.gefyra.content.StepType;
import org.gefyra.learner.Consent;
import org.gefyra.learner.Learner;
import org.gefyra.learner.Picture;
import org.gefyra.learning.LearnerKey;
import org.gefyra.learning.LearningPlace;
import org.gefyra.learning.ProgressService;
import org.gefyra.learning.ProgressServices;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Learning written the way the learning pages write it, through the progress service and its
 * learning journal (plain JDBC, many requests to a commit), is what the reports count: the time
 * of each action, the first answer to a question, the time to finish and the certificates, the
 * same before and after the events are folded into learning days.
 */
class LearningThroughTheJournalTest {

    private static final Step READ = new Step("welcome", StepType.READ, null, List.of(), null, null, Map.of());
    private static final Step QUIZ = new Step("question", StepType.QUIZ, null, List.of("yes", "no"), "yes", null, Map.of());
    private static final Step LAST = new Step("well-done", StepType.READ, null, List.of(), null, null, Map.of());
    private static final LearningModule MODULE = new LearningModule("pay-a-bill", 1, List.of("everyone"),
            List.of("2.3"), 1, 10, null, List.of(READ, QUIZ, LAST), Map.of());
    private static final int LEARNERS = 6;
    /** A minute to read, an hour away (five minutes count), 20 s and 10 s on the question, 30 s, 15 s to finish. */
    private static final int SECONDS_EACH = 60 + 300 + 20 + 10 + 30 + 15;

    TestDatabase db;
    ProgressService progress;
    ReportRollup rollup = new ReportRollup();
    TestNetwork net;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        progress = ProgressServices.on(db, null);
        rollup.em = db.em;
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void whatLearnersDidThroughTheJournalIsWhatTheReportsCount() {
        LearningPlace place = new LearningPlace(net.library.getId(), null, "el");
        List<LearnerKey> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Learner learner = new Learner(net.library, "Learner " + i, Picture.SUN, "el", null, null,
                    Consent.given(true, true, null, null), "hash");
            db.run(() -> db.em.persist(learner));
            learners.add(new LearnerKey(learner.getId(), null, net.athens.getId()));
        }
        for (LearnerKey who : learners) {
            db.inTransaction(() -> progress.open(who, MODULE, place));
            pause(who, 60);
            db.run(() -> progress.view(who, MODULE, READ, place));
            pause(who, 3600);
            db.run(() -> progress.view(who, MODULE, QUIZ, place));
            pause(who, 20);
            db.run(() -> progress.answer(who, MODULE, QUIZ, "no", place));
            pause(who, 10);
            db.run(() -> progress.answer(who, MODULE, QUIZ, "yes", place));
            pause(who, 30);
            db.run(() -> progress.view(who, MODULE, LAST, place));
            pause(who, 15);
            db.run(() -> progress.complete(who, MODULE, place));
            db.run(() -> progress.certificateShown(who, MODULE.id()));
        }

        assertFigures(0);
        long last = db.inTransaction(() -> ((Number) db.em.createNativeQuery("select max(id) from learning_event")
                .getSingleResult()).longValue());
        db.run(() -> {
            db.em.createNativeQuery("update report_rollup set last_event_id = last_event_id where id = 1").executeUpdate();
            rollup.foldUpTo(0, last);
        });
        assertFigures(last);
    }

    private void assertFigures(long folded) {
        ReportFilter today = ReportFilter.of(new Period(LocalDate.now(), LocalDate.now()));
        Map<Measure, Cell> total = db.inTransaction(() -> new ReportQueries(db.em, List.of(net.athens.getId()), today,
                Dimension.TOTAL, ZoneId.systemDefault(), folded).figures(List.of(Measure.values()))).get("0");
        String when = folded == 0 ? "read from the events" : "folded into learning days";
        assertEquals(LEARNERS, total.get(Measure.LEARNERS_ACTIVE).value(), when);
        // Each action's pause is measured on the clock, so allow a second per action.
        assertEquals(LEARNERS * SECONDS_EACH / 3600.0, total.get(Measure.LEARNING_HOURS).value(), LEARNERS * 6 / 3600.0, when);
        assertEquals(0.0, total.get(Measure.QUIZ_FIRST_TRY).value(), when + ": every first answer was wrong");
        assertEquals(LEARNERS, total.get(Measure.MODULES_COMPLETED).value());
        assertEquals(100.0, total.get(Measure.COMPLETION_RATE).value());
        assertEquals((SECONDS_EACH + 59) / 60, total.get(Measure.MEDIAN_MINUTES_TO_COMPLETE).value(), 1.0);
        assertEquals(LEARNERS, total.get(Measure.CERTIFICATES).value(), "the first showing of each certificate");
    }

    /** As if the learner's last action in the module had been that many seconds ago. */
    private void pause(LearnerKey who, int seconds) {
        db.run(() -> db.em.createNativeQuery("update module_progress set last_activity_at = ?1 where learner_id = ?2")
                .setParameter(1, Timestamp.from(Instant.now().minusSeconds(seconds))).setParameter(2, who.learnerId())
                .executeUpdate());
    }
}

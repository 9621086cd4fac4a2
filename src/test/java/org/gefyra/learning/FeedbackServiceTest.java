package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gefyra.content.LearningModule;
import org.gefyra.content.Step;
import org.gefyra.content.StepType;
import org.gefyra.learner.Consent;
import org.gefyra.learner.Learner;
import org.gefyra.learner.Picture;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Was this lesson useful?" and "What was hard?": only after finishing, only for registered learners, one answer each. */
class FeedbackServiceTest {

    private static final Step ONLY = new Step("welcome", StepType.READ, null, List.of(), null, null, Map.of());
    private static final LearningModule MODULE = new LearningModule("pay-a-bill", 1, List.of("everyone"),
            List.of("2.3"), 1, 10, null, List.of(ONLY), Map.of());

    TestDatabase db;
    ProgressService progress = new ProgressService();
    FeedbackService feedback = new FeedbackService();
    LearnerKey maria;
    LearningPlace place;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
        TestNetwork net = new TestNetwork(db);
        progress.em = db.em;
        progress.locks = new LearnerLocks();
        progress.journal = new LearningJournal(db.dataSource, Thread::new);
        feedback.em = db.em;
        feedback.locks = progress.locks;
        feedback.progress = progress;
        Learner learner = new Learner(net.library, "Maria", Picture.SUN, "el", null, null,
                Consent.given(true, true, null, null), "hash");
        db.run(() -> db.em.persist(learner));
        maria = new LearnerKey(learner.getId(), null, net.athens.getId());
        place = new LearningPlace(net.library.getId(), null, "el");
    }

    @AfterEach
    void tearDown() {
        progress.journal.close();
        db.close();
    }

    @Test
    void onlyAfterFinishingTheModule() {
        db.inTransaction(() -> progress.open(maria, MODULE, place));
        assertFalse(db.inTransaction(() -> feedback.useful(maria, MODULE, Usefulness.VERY, "el")));
        db.run(() -> progress.view(maria, MODULE, ONLY, place));
        assertTrue(db.inTransaction(() -> progress.complete(maria, MODULE, place)));
        assertTrue(db.inTransaction(() -> feedback.useful(maria, MODULE, Usefulness.VERY, "el")));
        assertEquals(Usefulness.VERY, feedback.of(maria, "pay-a-bill").orElseThrow().getUsefulness());
    }

    @Test
    void answeringAgainChangesTheOneAnswer() {
        finish();
        db.run(() -> feedback.useful(maria, MODULE, Usefulness.VERY, "el"));
        db.run(() -> feedback.useful(maria, MODULE, Usefulness.A_LITTLE, "el"));
        db.run(() -> feedback.hard(maria, "pay-a-bill", EnumSet.of(HardPart.WORDS, HardPart.SCREEN)));
        db.run(() -> feedback.hard(maria, "pay-a-bill", EnumSet.of(HardPart.PRACTICE)));
        assertEquals(1L, db.em.createQuery("select count(f) from ModuleFeedback f", Long.class).getSingleResult());
        ModuleFeedback given = feedback.of(maria, "pay-a-bill").orElseThrow();
        assertEquals(Usefulness.A_LITTLE, given.getUsefulness());
        assertEquals(Set.of(HardPart.PRACTICE), given.getHard());
    }

    @Test
    void guestsAreNotAskedAndWhatWasHardNeedsAnAnswerFirst() {
        LearnerKey guest = new LearnerKey(null, "guest-1", null);
        db.inTransaction(() -> progress.open(guest, MODULE, place));
        db.run(() -> progress.view(guest, MODULE, ONLY, place));
        assertTrue(db.inTransaction(() -> progress.complete(guest, MODULE, place)));
        assertFalse(feedback.mayGive(guest, "pay-a-bill"));
        assertFalse(db.inTransaction(() -> feedback.useful(guest, MODULE, Usefulness.VERY, "en")));
        finish();
        assertFalse(db.inTransaction(() -> feedback.hard(maria, "pay-a-bill", EnumSet.of(HardPart.WORDS))));
        assertEquals(0L, db.em.createQuery("select count(f) from ModuleFeedback f", Long.class).getSingleResult());
    }

    private void finish() {
        db.inTransaction(() -> progress.open(maria, MODULE, place));
        db.run(() -> progress.view(maria, MODULE, ONLY, place));
        assertTrue(db.inTransaction(() -> progress.complete(maria, MODULE, place)));
    }
}

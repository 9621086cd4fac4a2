package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gefyra.content.LearningModule;
import org.gefyra.content.Step;
import org.gefyra.content.StepType;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerServices;
import org.gefyra.learning.ProgressService.RatingTime;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.SignedOut;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A learner's way through a module, recorded as events and as the place to resume. */
class ProgressServiceTest {

    private static final Step READ = new Step("welcome", StepType.READ, null, List.of(), null, null, Map.of());
    private static final Step QUIZ = new Step("question", StepType.QUIZ, null, List.of("yes", "no"), "yes", null, Map.of());
    private static final Step LAST = new Step("well-done", StepType.READ, null, List.of(), null, null, Map.of());
    private static final LearningModule MODULE = new LearningModule("pay-a-bill", 1, List.of("everyone"),
            List.of("2.3"), 1, 10, null, List.of(READ, QUIZ, LAST), Map.of());

    TestDatabase db;
    ProgressService progress = new ProgressService();
    {
        progress.locks = new LearnerLocks();
    }
    LearnerKey maria;
    LearningPlace library;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
        TestNetwork net = new TestNetwork(db);
        progress.em = db.em;
        progress.journal = new LearningJournal(db.dataSource, Thread::new);
        Learner learner = LearnerServices.someone(net.library, "Maria");
        db.run(() -> db.em.persist(learner));
        maria = new LearnerKey(learner.getId(), null, net.athens.getId());
        library = new LearningPlace(net.library.getId(), null, "el");
    }

    @AfterEach
    void tearDown() {
        progress.journal.close();
        db.close();
    }

    @Test
    void openingAModuleTheFirstTimeStartsItAtTheFirstStep() {
        assertEquals("welcome", db.inTransaction(() -> progress.open(maria, MODULE, library)).id());
        db.inTransaction(() -> progress.open(maria, MODULE, library));
        assertEquals(1, events(Verb.STARTED), "started once, however often opened");
    }

    @Test
    void aLearnerContinuesAtTheStepWhereTheyStopped() {
        db.inTransaction(() -> progress.open(maria, MODULE, library));
        db.run(() -> progress.view(maria, MODULE, QUIZ, library));
        db.em.clear();
        assertEquals("question", db.inTransaction(() -> progress.open(maria, MODULE, library)).id());
    }

    @Test
    void everyAnswerIsRecordedWithWhetherItWasRight() {
        db.inTransaction(() -> progress.open(maria, MODULE, library));
        assertFalse(db.inTransaction(() -> progress.answer(maria, MODULE, QUIZ, "no", library)));
        assertTrue(db.inTransaction(() -> progress.answer(maria, MODULE, QUIZ, "yes", library)));
        List<LearningEvent> answers = db.em.createQuery("select e from LearningEvent e where e.verb = ?1 order by e.id",
                LearningEvent.class).setParameter(1, Verb.ANSWERED).getResultList();
        assertEquals(List.of("no", "yes"), answers.stream().map(LearningEvent::getOptionId).toList());
        assertEquals(false, answers.get(0).getCorrect());
        assertEquals(library.siteId(), answers.get(0).getSiteId());
        assertEquals("el", answers.get(0).getLanguage());
        assertEquals(1, answers.get(0).getModuleVersion());
    }

    @Test
    void anAnswerThatIsNoOptionIsRefusedAndNotRecorded() {
        db.inTransaction(() -> progress.open(maria, MODULE, library));
        assertThrows(InvalidInputException.class, () -> db.run(() -> progress.answer(maria, MODULE, QUIZ, "<script>", library)));
        assertThrows(InvalidInputException.class, () -> db.run(() -> progress.answer(maria, MODULE, READ, "yes", library)));
        assertEquals(0, events(Verb.ANSWERED));
    }

    @Test
    void confidenceBeforeAndAfterAndFinishingOnce() {
        db.inTransaction(() -> progress.open(maria, MODULE, library));
        db.run(() -> progress.rate(maria, MODULE, RatingTime.BEFORE, 2, library));
        for (Step step : MODULE.steps()) {
            db.run(() -> progress.view(maria, MODULE, step, library));
        }
        db.run(() -> progress.rate(maria, MODULE, RatingTime.AFTER, 5, library));
        assertTrue(db.inTransaction(() -> progress.complete(maria, MODULE, library)));
        assertTrue(db.inTransaction(() -> progress.complete(maria, MODULE, library)));
        ModuleProgress done = progress.progress(maria, "pay-a-bill").orElseThrow();
        assertEquals(2, done.getConfidenceBefore().intValue());
        assertEquals(5, done.getConfidenceAfter().intValue());
        assertTrue(done.isCompleted());
        assertEquals(1, events(Verb.COMPLETED));
        assertEquals(2, events(Verb.RATED_CONFIDENCE));
        assertThrows(InvalidInputException.class, () -> db.run(() -> progress.rate(maria, MODULE, RatingTime.AFTER, 6, library)));
    }

    @Test
    void practiceCountsWhenTheGoalIsReached() {
        db.inTransaction(() -> progress.open(maria, MODULE, library));
        db.run(() -> progress.practise(maria, MODULE, LAST, "service=dentist", false, library));
        assertFalse(progress.goalReached(maria, "pay-a-bill", "well-done"));
        db.run(() -> progress.practise(maria, MODULE, LAST, "confirmed", true, library));
        assertTrue(progress.goalReached(maria, "pay-a-bill", "well-done"));
    }

    @Test
    void whenAModuleLosesAStepTheLearnerContinuesAtTheFirstStep() {
        db.inTransaction(() -> progress.open(maria, MODULE, library));
        db.run(() -> progress.view(maria, MODULE, QUIZ, library));
        LearningModule changed = new LearningModule("pay-a-bill", 2, List.of("everyone"), List.of("2.3"), 1, 10, null,
                List.of(READ, LAST), Map.of());
        assertEquals("welcome", db.inTransaction(() -> progress.open(maria, changed, library)).id());
        assertEquals(1, progress.progress(maria, "pay-a-bill").orElseThrow().getModuleVersion(),
                "earlier progress is kept as it was");
    }

    @Test
    void aGuestsProgressGoesWhenTheyLeaveButTheirEventsStayWithoutAName() {
        LearnerKey guest = new LearnerKey(null, "guest-visit-1", null);
        db.inTransaction(() -> progress.open(guest, MODULE, library));
        db.run(() -> progress.view(guest, MODULE, QUIZ, library));
        db.run(() -> progress.forgetGuest(new SignedOut(Caller.guest("guest-visit-1"))));
        assertTrue(progress.progress(guest, "pay-a-bill").isEmpty());
        assertEquals(1, events(Verb.STARTED));
        assertTrue(db.em.createQuery("select e from LearningEvent e", LearningEvent.class).getResultList().stream()
                .allMatch(e -> e.getLearnerId() == null));
    }

    @Test
    void aModuleWhoseStepsWereNotAllReachedIsNotFinished() {
        db.inTransaction(() -> progress.open(maria, MODULE, library));
        db.run(() -> progress.view(maria, MODULE, READ, library));
        assertFalse(db.inTransaction(() -> progress.complete(maria, MODULE, library)));
        assertEquals("question", progress.firstStepNotReached(maria, MODULE).orElseThrow().id());
        db.em.clear();
        assertFalse(progress.progress(maria, "pay-a-bill").orElseThrow().isCompleted());
        assertEquals(0, events(Verb.COMPLETED));
    }

    @Test
    void aDoubleTapIsRecordedOnceButTheSameAnswerLaterAgain() {
        db.inTransaction(() -> progress.open(maria, MODULE, library));
        db.run(() -> progress.answer(maria, MODULE, QUIZ, "no", library));
        db.run(() -> progress.answer(maria, MODULE, QUIZ, "no", library));
        db.run(() -> progress.view(maria, MODULE, QUIZ, library));
        db.run(() -> progress.view(maria, MODULE, QUIZ, library));
        assertEquals(1, events(Verb.ANSWERED), "a repeated tap is one answer");
        assertEquals(1, events(Verb.VIEWED));
        db.run(() -> progress.answer(maria, MODULE, QUIZ, "yes", library));
        db.run(() -> progress.answer(maria, MODULE, QUIZ, "no", library));
        assertEquals(3, events(Verb.ANSWERED), "a different answer in between makes it a new try");
    }

    @Test
    void nothingIsRecordedInAModuleThatWasNeverOpened() {
        assertFalse(db.inTransaction(() -> progress.view(maria, MODULE, QUIZ, library)));
        assertFalse(db.inTransaction(() -> progress.practise(maria, MODULE, LAST, "confirmed", true, library)));
        assertFalse(db.inTransaction(() -> progress.rate(maria, MODULE, RatingTime.BEFORE, 3, library)));
        assertEquals(0, db.em.createQuery("select count(e) from LearningEvent e", Long.class).getSingleResult());
    }

    private long events(Verb verb) {
        return db.em.createQuery("select count(e) from LearningEvent e where e.verb = ?1", Long.class)
                .setParameter(1, verb).getSingleResult();
    }
}

package org.gefyra.learning.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.gefyra.content.LearningModule;
import org.gefyra.content.Step;
import org.gefyra.content.StepType;
import org.gefyra.learning.ProgressService.RatingTime;
import org.gefyra.learning.TestProgressService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An author or an administrator goes through a module in a preview, on the real progress service
 * and database: every step opens, answers are checked, and not one row is written.
 */
class PreviewRecordsNothingTest {

    private static final Step READ = new Step("welcome", StepType.READ, null, List.of(), null, null, Map.of());
    private static final Step QUIZ = new Step("question", StepType.QUIZ, null, List.of("yes", "no"), "yes", null, Map.of());
    private static final Step LAST = new Step("well-done", StepType.READ, null, List.of(), null, null, Map.of());
    private static final LearningModule DRAFT = new LearningModule("pay-a-bill", 1, List.of("everyone"),
            List.of("2.3"), 1, 10, null, List.of(READ, QUIZ, LAST), Map.of(), true);

    private TestDatabase db;

    @BeforeEach
    void setUp() {
        db = new TestDatabase();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    /** The learner pages' progress for a person of this role, on the test database. */
    private LearnerProgress progressFor(Role role) {
        LearnerContext context = new LearnerContext();
        context.caller = new CurrentCaller() {
            @Override
            public Caller get() {
                return Caller.staff(7, role, "Katerina", 1L, 1L, false);
            }
        };
        LearnerProgress progress = new LearnerProgress();
        progress.learner = context;
        progress.progress = TestProgressService.on(db.em);
        return progress;
    }

    private long rows(String entity) {
        return db.em.createQuery("select count(x) from " + entity + " x", Long.class).getSingleResult();
    }

    @Test
    void anAuthorsWholeWayThroughAModuleRecordsNothing() {
        for (Role role : List.of(Role.AUTHOR, Role.ADMIN)) {
            LearnerProgress preview = progressFor(role);
            assertTrue(preview.isPreview(), role + " previews");
            db.run(() -> {
                assertEquals(READ, preview.open(DRAFT));
                assertTrue(preview.rate(DRAFT, RatingTime.BEFORE, 2));
                assertTrue(preview.view(DRAFT, READ) && preview.view(DRAFT, QUIZ) && preview.view(DRAFT, LAST));
                assertTrue(preview.answer(DRAFT, QUIZ, "yes"));
                assertFalse(preview.answer(DRAFT, QUIZ, "no"));
                preview.practise(DRAFT, LAST, "paid", true);
                assertTrue(preview.rate(DRAFT, RatingTime.AFTER, 5));
                assertFalse(preview.complete(DRAFT), "no certificate in a preview");
            });
            assertThrows(InvalidInputException.class, () -> preview.answer(DRAFT, QUIZ, "maybe"));
            assertTrue(preview.mayGoOn(DRAFT.id()), "every step may be opened");
            assertTrue(preview.of(DRAFT.id()).isEmpty(), "the module starts anew every time");
            assertFalse(preview.goalReached(DRAFT.id(), LAST.id()));
            assertTrue(preview.firstStepNotReached(DRAFT).isEmpty());
        }
        assertEquals(0, rows("LearningEvent"), "no learning event");
        assertEquals(0, rows("ModuleProgress"), "no progress");
    }

    @Test
    void otherStaffDoNotPreviewAndCannotLearn() {
        for (Role role : List.of(Role.EDUCATOR, Role.COORDINATOR)) {
            LearnerProgress progress = progressFor(role);
            assertFalse(progress.isPreview(), role.toString());
            assertThrows(NotAllowedException.class, () -> db.run(() -> progress.open(DRAFT)), role + " cannot learn");
        }
        assertEquals(0, rows("LearningEvent"));
    }
}

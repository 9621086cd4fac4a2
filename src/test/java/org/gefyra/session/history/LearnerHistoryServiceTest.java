package org.gefyra.session.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.gefyra.content.LearningModule;
import org.gefyra.content.StarterModules;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerServices;
import org.gefyra.learning.LearnerKey;
import org.gefyra.learning.LearningPlace;
import org.gefyra.learning.ProgressService;
import org.gefyra.learning.ProgressService.RatingTime;
import org.gefyra.learning.ProgressServices;
import org.gefyra.session.AttendanceStatus;
import org.gefyra.session.SessionKind;
import org.gefyra.session.SessionPlan;
import org.gefyra.session.SessionServices;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.security.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A learner's history as an educator of their organisation reads it: every answer with its
 * attempts, practice goals, confidence before and after, certificates, and dated, signed notes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerHistoryServiceTest {

    final TestDatabase db = new TestDatabase();
    final TestNetwork net = new TestNetwork(db);
    final LearnerHistoryService histories = new LearnerHistoryService();
    final ProgressService progress = ProgressServices.on(db, StarterModules.library());
    final LearningModule module = StarterModules.library().module("sign-in-digital-id").orElseThrow();
    final Caller educator = net.educatorOf(net.athens);
    Learner maria;

    @BeforeAll
    void maria() {
        histories.em = db.em;
        histories.learners = new LearnerServices(db).learners;
        histories.library = StarterModules.library();
        maria = LearnerServices.someone(net.library, "Maria");
        db.run(() -> db.em.persist(maria));
        LearnerKey who = new LearnerKey(maria.getId(), null, net.athens.getId());
        LearningPlace place = new LearningPlace(net.library.getId(), null, "el");
        db.inTransaction(() -> progress.open(who, module, place));
        db.inTransaction(() -> progress.rate(who, module, RatingTime.BEFORE, 2, place));
        var quiz = module.step("id-quiz").orElseThrow();
        db.inTransaction(() -> progress.answer(who, module, quiz, "bank-card", place));
        db.inTransaction(() -> progress.answer(who, module, quiz, "digital-id", place));
        var practice = module.step("try-it").orElseThrow();
        db.inTransaction(() -> progress.practise(who, module, practice, "typed a name", false, place));
        db.inTransaction(() -> progress.practise(who, module, practice, "signed in", true, place));
    }

    @AfterAll
    void tearDown() {
        db.close();
    }

    @Test
    void everyAnswerWithItsAttemptsThePracticeAndTheConfidenceBefore() {
        LearnerHistory history = db.inTransaction(() -> histories.history(educator, maria.getId(), "en"));
        assertEquals("Maria", history.name());
        LearnerHistory.ModuleRow row = history.modules().get(0);
        assertEquals(module.texts().get("en").title(), row.title());
        assertEquals(Short.valueOf((short) 2), row.confidenceBefore());
        assertEquals(1, row.quizzes().size());
        assertEquals(List.of(false, true), row.quizzes().get(0).attempts().stream().map(LearnerHistory.Attempt::correct).toList());
        assertEquals(module.texts().get("en").steps().get("id-quiz").options().get("bank-card").text(),
                row.quizzes().get(0).attempts().get(0).answer(), "the answer in the educator's words");
        assertEquals(2, row.goals().get(0).tries());
        assertTrue(row.goals().get(0).isReached());
        assertTrue(history.certificates().isEmpty(), "not finished, so no certificate");
    }

    @Test
    void notesAreDatedAndSignedAndAnEmptyOneIsRefused() {
        db.inTransaction(() -> histories.addNote(educator, maria.getId(), "Needs larger text.\nPrefers Greek."));
        LearnerHistory.NoteRow note = db.inTransaction(() -> histories.history(educator, maria.getId(), "en")).notes().get(0);
        assertEquals("Needs larger text.\nPrefers Greek.", note.text());
        assertEquals("Athens staff", note.author());
        assertTrue(note.writtenAt() != null);
        assertThrows(InvalidInputException.class, () -> db.inTransaction(() -> histories.addNote(educator, maria.getId(), " ")));
        assertThrows(InvalidInputException.class,
                () -> db.inTransaction(() -> histories.addNote(educator, maria.getId(), "x".repeat(2001))));
    }

    @Test
    void onlyEducatorsOfTheLearnersOrganisationReadIt() {
        assertThrows(NotAllowedException.class,
                () -> db.inTransaction(() -> histories.history(net.educatorOf(net.turin), maria.getId(), "en")));
        assertThrows(NotAllowedException.class,
                () -> db.inTransaction(() -> histories.history(net.coordinatorOf(net.athens, true), maria.getId(), "en")));
        assertThrows(NotAllowedException.class,
                () -> db.inTransaction(() -> histories.addNote(net.educatorOf(net.turin), maria.getId(), "Hello")));
    }

    @Test
    void sessionsAttendedAreListedWithTheAttendance() {
        SessionServices sessions = new SessionServices(db);
        SessionPlan plan = new SessionPlan();
        plan.siteId = net.library.getId();
        plan.title = "Thursday class";
        plan.kind = SessionKind.GROUP_CLASS;
        plan.date = LocalDate.now();
        plan.start = LocalTime.of(0, 1);
        plan.end = LocalTime.of(23, 59);
        plan.educatorIds.add(educator.id());
        long id = db.inTransaction(() -> sessions.sessions.plan(educator, plan)).getId();
        db.inTransaction(() -> sessions.sessions.open(educator, id));
        db.run(() -> sessions.attendance.mark(educator, id, maria.getId(), AttendanceStatus.EXCUSED));
        LearnerHistory.Attended attended = db.inTransaction(() -> histories.history(educator, maria.getId(), "en"))
                .sessions().get(0);
        assertEquals("Thursday class", attended.title());
        assertEquals(AttendanceStatus.EXCUSED, attended.status());
        assertEquals("Athens library", attended.siteName());
    }
}

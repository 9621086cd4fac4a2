package org.gefyra.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.gefyra.content.LearningModule;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerForm;
import org.gefyra.learner.Picture;
import org.gefyra.learning.LearnerKey;
import org.gefyra.learning.LearningEvent;
import org.gefyra.learning.LearningPlace;
import org.gefyra.content.StarterModules;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.SignedOut;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Learners join an open session with its code or at a kiosk of its site; the educator takes the attendance. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttendanceServiceTest {

    final RunningSession running = new RunningSession();
    final SessionServices services = running.services;

    @AfterAll
    void tearDown() {
        running.db.close();
    }

    @Test
    void aLearnerJoinsWithTheCodeHoweverTheyTypeItAndJoiningTwiceIsJoiningOnce() {
        LearningSession session = running.open("Code joining", 10);
        Caller maria = running.learnerAt(running.net.library, "Maria");
        String typed = " " + session.getJoinCode().substring(0, 3).toLowerCase() + "-" + session.getJoinCode().substring(3) + " ";
        running.db.inTransaction(() -> services.joins.joinWithCode(maria, typed));
        running.db.inTransaction(() -> services.joins.joinWithCode(maria, session.getJoinCode()));
        List<AttendanceRow> rows = running.db.inTransaction(() -> services.attendance.attendance(running.educator, session.getId()));
        assertEquals(1, rows.size());
        assertEquals("Maria", rows.get(0).name());
        assertEquals(AttendanceStatus.PRESENT, rows.get(0).status());
        assertTrue(rows.get(0).isJoined());
        assertEquals(Optional.of(session.getId()), running.db.inTransaction(() -> services.joined.of(LearnerKey.of(maria))));
    }

    @Test
    void aWrongCodeOrALearnerOfAnotherOrganisationIsToldTheCodeIsUnknown() {
        LearningSession session = running.open("Wrong codes", 10);
        Caller luca = running.learnerAt(running.net.townHall, "Luca");
        Caller maria = running.learnerAt(running.net.library, "Maria");
        for (String wrong : new String[] {"", "ABC", "OOOOOO", "ZZZ999"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> running.db.inTransaction(() -> services.joins.joinWithCode(maria, wrong)));
            assertEquals("error.joinCodeUnknown", refused.messageKey());
        }
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> running.db.inTransaction(() -> services.joins.joinWithCode(luca, session.getJoinCode())));
        assertEquals("error.joinCodeUnknown", refused.messageKey(), "another organisation's session stays unknown");
        assertThrows(NotAllowedException.class, () -> running.db.inTransaction(
                () -> services.joins.joinWithCode(running.educator, session.getJoinCode())), "staff do not join");
        assertTrue(running.db.inTransaction(() -> services.attendance.attendance(running.educator, session.getId())).isEmpty());
    }

    @Test
    void aClosedSessionTakesNobodyAndItsLearningNoLongerCounts() {
        LearningSession session = running.open("Closing", 10);
        Caller maria = running.learnerAt(running.net.library, "Maria");
        running.db.inTransaction(() -> services.joins.joinWithCode(maria, session.getJoinCode()));
        running.db.inTransaction(() -> services.sessions.close(running.educator, session.getId()));
        assertEquals(Optional.empty(), running.db.inTransaction(() -> services.joined.of(LearnerKey.of(maria))));
        Caller late = running.learnerAt(running.net.library, "Late");
        assertThrows(InvalidInputException.class, () -> running.db.inTransaction(
                () -> services.joins.joinWithCode(late, session.getJoinCode())));
    }

    @Test
    void aGuestJoinsWithTheCodeAndIsNumberedAndAFullSessionTurnsNewcomersToTheEducator() {
        LearningSession session = running.open("Small class", 2);
        running.db.inTransaction(() -> services.joins.joinWithCode(RunningSession.guest(), session.getJoinCode()));
        running.db.inTransaction(() -> services.joins.joinWithCode(RunningSession.guest(), session.getJoinCode()));
        InvalidInputException full = assertThrows(InvalidInputException.class, () -> running.db.inTransaction(
                () -> services.joins.joinWithCode(RunningSession.guest(), session.getJoinCode())));
        assertEquals("error.sessionFull", full.messageKey());
        List<AttendanceRow> rows = running.db.inTransaction(() -> services.attendance.attendance(running.educator, session.getId()));
        assertEquals(List.of(1, 2), rows.stream().map(AttendanceRow::guestNumber).toList());
    }

    @Test
    void signingInAtAKioskOfTheSiteJoinsTheSessionThereButNotAnotherOrganisationsLearner() {
        LearningSession session = running.open("Kiosk joining", 10);
        Caller anna = running.learnerAt(running.net.library, "Anna");
        assertEquals(Optional.of(session.getId()), running.db.inTransaction(
                () -> services.joins.joinAtSite(anna, running.net.library.getId())).map(LearningSession::getId));
        Caller luca = running.learnerAt(running.net.townHall, "Luca");
        assertEquals(Optional.empty(), running.db.inTransaction(
                () -> services.joins.joinAtSite(luca, running.net.library.getId())));
        assertEquals(Optional.empty(), running.db.inTransaction(
                () -> services.joins.joinAtSite(anna, running.net.townHall.getId())), "no session at that site");
    }

    @Test
    void learningAfterJoiningCarriesTheSessionAndSigningOutLeavesIt() {
        LearningSession session = running.open("Events", 10);
        Caller maria = running.learnerAt(running.net.library, "Maria");
        LearnerKey who = LearnerKey.of(maria);
        LearningModule module = StarterModules.library().module("sign-in-digital-id").orElseThrow();
        running.db.inTransaction(() -> services.joins.joinWithCode(maria, session.getJoinCode()));
        Long current = running.db.inTransaction(() -> services.joined.of(who)).orElseThrow();
        running.db.inTransaction(() -> services.progress.open(who, module, new LearningPlace(null, current, "en")));
        List<LearningEvent> events = running.db.em.createQuery("select e from LearningEvent e where e.learnerId = ?1",
                LearningEvent.class).setParameter(1, maria.id()).getResultList();
        assertEquals(List.of(session.getId()), events.stream().map(LearningEvent::getSessionId).toList());

        assertTrue(running.db.inTransaction(() -> services.joins.askForHelp(maria)));
        running.db.run(() -> services.joins.leave(new SignedOut(maria)));
        AttendanceRow row = running.db.inTransaction(() -> services.attendance.attendance(running.educator, session.getId())).get(0);
        assertTrue(row.left());
        assertFalse(services.presence.current(who).orElseThrow().helpAsked(),
                "a help call ends with signing out");
        running.db.run(() -> services.joins.comeBack(maria));
        assertFalse(running.db.inTransaction(() -> services.attendance.attendance(running.educator, session.getId())).get(0).left());
    }

    @Test
    void askingForHelpOutsideASessionChangesNothing() {
        Caller alone = running.learnerAt(running.net.library, "Alone");
        assertFalse(running.db.inTransaction(() -> services.joins.askForHelp(alone)));
    }

    @Test
    void theEducatorMarksLearnersOfTheOrganisationAndChangesTheMark() {
        LearningSession session = running.open("Marking", 10);
        Caller giorgos = running.learnerAt(running.net.library, "Giorgos");
        Caller luca = running.learnerAt(running.net.townHall, "Luca");
        assertTrue(running.db.inTransaction(() -> services.attendance.notYetListed(running.educator, session.getId()))
                .stream().anyMatch(c -> c.id() == giorgos.id()));
        running.db.run(() -> services.attendance.mark(running.educator, session.getId(), giorgos.id(), AttendanceStatus.ABSENT));
        running.db.run(() -> services.attendance.mark(running.educator, session.getId(), giorgos.id(), AttendanceStatus.EXCUSED));
        List<AttendanceRow> rows = running.db.inTransaction(() -> services.attendance.attendance(running.educator, session.getId()));
        assertEquals(1, rows.size());
        assertEquals(AttendanceStatus.EXCUSED, rows.get(0).status());
        assertTrue(running.db.inTransaction(() -> services.attendance.notYetListed(running.educator, session.getId()))
                .stream().noneMatch(c -> c.id() == giorgos.id()));
        assertThrows(InvalidInputException.class, () -> running.db.run(() -> services.attendance.mark(running.educator,
                session.getId(), luca.id(), AttendanceStatus.PRESENT)), "a learner of another organisation");
        assertThrows(NotAllowedException.class, () -> running.db.run(() -> services.attendance.mark(
                running.net.educatorOf(running.net.turin), session.getId(), giorgos.id(), AttendanceStatus.PRESENT)));
    }

    @Test
    void aWalkInIsRegisteredAtTheSessionsSiteAndPresentOrNothingIsStored() {
        LearningSession session = running.open("Walk-ins", 10);
        LearnerForm form = new LearnerForm();
        form.displayName = "Yusuf";
        form.language = "ar";
        form.picture = Picture.STAR;
        form.pin = "2468";
        form.consentProgress = true;
        Learner yusuf = running.db.inTransaction(() -> services.attendance.registerWalkIn(running.educator, session.getId(), form));
        assertEquals(running.net.library.getId(), running.db.em.find(Learner.class, yusuf.getId()).getSite().getId());
        AttendanceRow row = running.db.inTransaction(() -> services.attendance.attendance(running.educator, session.getId())).get(0);
        assertTrue(row.walkIn() && row.status() == AttendanceStatus.PRESENT && !row.isJoined());

        long learnersBefore = running.db.em.createQuery("select count(l) from Learner l", Long.class).getSingleResult();
        form.displayName = "Without consent";
        form.consentProgress = false;
        assertThrows(InvalidInputException.class,
                () -> running.db.inTransaction(() -> services.attendance.registerWalkIn(running.educator, session.getId(), form)));
        assertEquals(learnersBefore, running.db.em.createQuery("select count(l) from Learner l", Long.class).getSingleResult());
        assertEquals(1, running.db.inTransaction(() -> services.attendance.attendance(running.educator, session.getId())).size());
    }
}

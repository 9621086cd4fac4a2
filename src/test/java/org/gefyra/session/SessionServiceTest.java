package org.gefyra.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.security.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An educator plans a session, opens it with a code on its day, and closes it; only their own organisation's. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionServiceTest {

    TestDatabase db;
    TestNetwork net;
    SessionServices services;
    Caller athens;

    @BeforeAll
    void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        services = new SessionServices(db);
        athens = net.educatorOf(net.athens);
    }

    @AfterAll
    void tearDown() {
        db.close();
    }

    SessionPlan plan(LocalDate date) {
        SessionPlan plan = new SessionPlan();
        plan.siteId = net.library.getId();
        plan.title = "Tuesday drop-in";
        plan.kind = SessionKind.DROP_IN;
        plan.date = date;
        plan.start = LocalTime.of(0, 1);
        plan.end = LocalTime.of(23, 59);
        plan.capacity = 8;
        plan.moduleIds.add("sign-in-digital-id");
        plan.educatorIds.add(athens.id());
        return plan;
    }

    long planned(LocalDate date) {
        return db.inTransaction(() -> services.sessions.plan(athens, plan(date))).getId();
    }

    @Test
    void aPlannedSessionIsListedAsUpcomingForItsOrganisationOnly() {
        long id = planned(LocalDate.now().plusDays(3));
        List<SessionRow> upcoming = db.inTransaction(() -> services.sessions.upcoming(athens, 100));
        assertTrue(upcoming.stream().anyMatch(row -> row.id() == id && row.siteName().equals("Athens library")));
        assertTrue(db.inTransaction(() -> services.sessions.upcoming(net.educatorOf(net.turin), 100)).isEmpty());
        assertTrue(db.inTransaction(() -> services.sessions.upcoming(net.admin(), 100)).stream().anyMatch(row -> row.id() == id),
                "administrators see all");
        assertTrue(db.inTransaction(() -> services.sessions.between(athens, LocalDate.now().plusDays(3), LocalDate.now().plusDays(3)))
                .stream().anyMatch(row -> row.id() == id));
        assertTrue(db.inTransaction(() -> services.sessions.between(athens, LocalDate.now().plusDays(4), LocalDate.now().plusDays(9)))
                .stream().noneMatch(row -> row.id() == id));
        assertThrows(NotAllowedException.class, () -> db.inTransaction(() -> services.sessions.get(net.educatorOf(net.turin), id)));
        assertThrows(NotAllowedException.class, () -> db.inTransaction(() -> services.sessions.get(net.coordinatorOf(net.athens, true), id)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"title", "date", "start", "end", "endBeforeStart", "capacity", "site", "siteOfOtherOrganisation",
            "module", "noEducator", "educatorOfOtherOrganisation", "inThePast", "farAhead"})
    void aPlanWithAMistakeIsRefusedAndNothingIsStored(String mistake) {
        SessionPlan plan = plan(LocalDate.now().plusDays(1));
        Consumer<SessionPlan> spoil = switch (mistake) {
            case "title" -> p -> p.title = "  ";
            case "date" -> p -> p.date = null;
            case "start" -> p -> p.start = null;
            case "end" -> p -> p.end = null;
            case "endBeforeStart" -> p -> p.end = LocalTime.of(0, 0);
            case "capacity" -> p -> p.capacity = 0;
            case "site" -> p -> p.siteId = 999_999L;
            case "siteOfOtherOrganisation" -> p -> p.siteId = net.townHall.getId();
            case "module" -> p -> p.moduleIds.add("no-such-module");
            case "noEducator" -> p -> p.educatorIds.clear();
            case "educatorOfOtherOrganisation" -> p -> p.educatorIds.add(net.educatorOf(net.turin).id());
            case "farAhead" -> p -> p.date = LocalDate.now().plusYears(2).plusDays(1);
            default -> p -> p.date = LocalDate.now().minusDays(1);
        };
        spoil.accept(plan);
        long before = db.em.createQuery("select count(s) from LearningSession s", Long.class).getSingleResult();
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> db.inTransaction(() -> services.sessions.plan(athens, plan)));
        assertFalse(refused.messageKey().isBlank());
        assertEquals(before, db.em.createQuery("select count(s) from LearningSession s", Long.class).getSingleResult());
    }

    @Test
    void aOneToOneHasOnePlaceAndIsNeverPublic() {
        SessionPlan plan = plan(LocalDate.now().plusDays(1));
        plan.kind = SessionKind.ONE_TO_ONE;
        LearningSession session = db.inTransaction(() -> services.sessions.plan(athens, plan));
        assertEquals(1, session.getCapacity());
        assertFalse(session.isOpenToNewcomers());
    }

    @Test
    void openingGivesAShortCodeAndOpeningTwiceKeepsIt() {
        long id = planned(LocalDate.now());
        String code = db.inTransaction(() -> services.sessions.open(athens, id)).getJoinCode();
        assertEquals(code, JoinCode.normalise(code));
        assertEquals(code, db.inTransaction(() -> services.sessions.open(athens, id)).getJoinCode(), "a double tap");
        assertEquals(SessionStatus.OPEN, db.inTransaction(() -> services.sessions.get(athens, id)).getStatus());
        assertThrows(NotAllowedException.class, () -> db.inTransaction(() -> services.sessions.open(net.educatorOf(net.turin), id)));
    }

    @Test
    void aSessionOpensOnItsOwnDayOnly() {
        long id = planned(LocalDate.now().plusDays(2));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> db.inTransaction(() -> services.sessions.open(athens, id)));
        assertEquals("error.sessionNotToday", refused.messageKey());
        assertEquals(SessionStatus.PLANNED, db.inTransaction(() -> services.sessions.get(athens, id)).getStatus());
    }

    @Test
    void closingTwiceIsClosingOnceAndAClosedSessionNeitherReopensNorChanges() {
        long id = planned(LocalDate.now());
        db.inTransaction(() -> services.sessions.open(athens, id));
        LearningSession closed = db.inTransaction(() -> services.sessions.close(athens, id));
        assertEquals(SessionStatus.CLOSED, closed.getStatus());
        db.inTransaction(() -> services.sessions.close(athens, id));
        assertEquals(closed.getClosedAt(), db.inTransaction(() -> services.sessions.get(athens, id)).getClosedAt());
        assertThrows(InvalidInputException.class, () -> db.inTransaction(() -> services.sessions.open(athens, id)));
        assertThrows(InvalidInputException.class, () -> db.inTransaction(() -> services.sessions.change(athens, id,
                plan(LocalDate.now()))));
        assertTrue(db.inTransaction(() -> services.sessions.past(athens, 100)).stream().anyMatch(row -> row.id() == id));
    }

    @Test
    void aPlannedSessionCanBeChangedOrCalledOffButNotClosed() {
        long id = planned(LocalDate.now().plusDays(1));
        SessionPlan changed = plan(LocalDate.now().plusDays(2));
        changed.title = "Thursday class";
        changed.kind = SessionKind.GROUP_CLASS;
        db.inTransaction(() -> services.sessions.change(athens, id, changed));
        LearningSession session = db.inTransaction(() -> services.sessions.get(athens, id));
        assertEquals("Thursday class", session.getTitle());
        assertEquals(LocalDate.now().plusDays(2), session.getStartsAt().toLocalDate());
        assertThrows(InvalidInputException.class, () -> db.inTransaction(() -> services.sessions.close(athens, id)));
        db.run(() -> services.sessions.cancel(athens, id));
        db.run(() -> services.sessions.cancel(athens, id));
        assertEquals(SessionStatus.CANCELLED, db.inTransaction(() -> services.sessions.get(athens, id)).getStatus());
    }

    @Test
    void notesKeepTheirLinesAndRefuseWhatIsTooLong() {
        long id = planned(LocalDate.now());
        db.run(() -> services.sessions.writeNotes(athens, id, "Projector broken.\nBring a cable next time."));
        assertEquals("Projector broken.\nBring a cable next time.",
                db.inTransaction(() -> services.sessions.get(athens, id)).getNotes());
        assertThrows(InvalidInputException.class, () -> db.run(() -> services.sessions.writeNotes(athens, id, "x".repeat(4001))));
        assertEquals("Projector broken.\nBring a cable next time.",
                db.inTransaction(() -> services.sessions.get(athens, id)).getNotes(), "nothing stored");
        db.run(() -> services.sessions.writeNotes(athens, id, "  "));
        assertNull(db.inTransaction(() -> services.sessions.get(athens, id)).getNotes());
    }

    @Test
    void theEducatorsToChooseFromWorkForTheOrganisation() {
        List<SessionService.EducatorChoice> choices = db.inTransaction(() -> services.sessions.educators(athens));
        assertEquals(List.of(athens.id()), choices.stream().map(SessionService.EducatorChoice::id).toList());
    }
}

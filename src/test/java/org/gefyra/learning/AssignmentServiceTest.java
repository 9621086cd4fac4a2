package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.StarterModules;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerServices;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.security.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An educator gives modules to a learner or a group, perhaps by a date; the learner sees them
 * first on the kiosk, the nearest date first.
 */
class AssignmentServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 5);
    static ContentLibrary library = StarterModules.library();
    static TestDatabase db;
    static TestNetwork net;
    static LearnerServices services;
    static AssignmentService assignments = new AssignmentService();
    static ProgressService progress;
    static Caller athens;

    Learner maria;

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        services = new LearnerServices(db);
        assignments.em = db.em;
        assignments.library = library;
        assignments.learners = services.learners;
        assignments.groups = services.groups;
        assignments.clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        services.groupObservers.add(assignments::groupRemoving);
        progress = ProgressServices.on(db, library);
        athens = net.educatorOf(net.athens);
    }

    @BeforeEach
    void aLearner() {
        maria = LearnerServices.someone(net.library, "Maria");
        db.run(() -> db.em.persist(maria));
    }

    @Test
    void assignedModulesComeFirstOnTheKioskTheNearestDateFirst() {
        db.run(() -> assignments.assignToLearner(athens, maria.getId(), "spot-scam-messages", TODAY.plusDays(30)));
        db.run(() -> assignments.assignToLearner(athens, maria.getId(), "pay-utility-bill", TODAY.plusDays(7)));
        db.run(() -> assignments.assignToLearner(athens, maria.getId(), "video-call-family", null));
        List<ModuleCard> cards = progress.myModules(key(maria), "en");
        assertEquals(List.of("pay-utility-bill", "spot-scam-messages", "video-call-family"),
                cards.stream().limit(3).map(c -> c.module().id()).toList());
        assertEquals(TODAY.plusDays(7), cards.get(0).targetDate());
        assertTrue(cards.stream().skip(3).noneMatch(ModuleCard::assigned));
    }

    @Test
    void aGroupsModulesReachEveryMemberNowAndLater() {
        long tuesday = db.inTransaction(() -> services.groups.create(athens, "Tuesday " + maria.getId())).getId();
        db.run(() -> assignments.assignToGroup(athens, tuesday, "request-certificate", TODAY.plusDays(3)));
        assertTrue(progress.myModules(key(maria), "en").stream().noneMatch(ModuleCard::assigned), "not yet in the group");

        db.run(() -> services.groups.add(athens, tuesday, List.of(maria.getId())));
        ModuleCard first = progress.myModules(key(maria), "en").get(0);
        assertEquals("request-certificate", first.module().id());
        assertTrue(first.assigned());
        List<AssignedModule> hers = assignments.ofLearner(athens, maria.getId(), "en");
        assertEquals(1, hers.size());
        assertEquals("Tuesday " + maria.getId(), hers.get(0).groupName(), "the educator sees it came through the group");

        db.run(() -> services.groups.delete(athens, tuesday));
        assertTrue(progress.myModules(key(maria), "en").stream().noneMatch(ModuleCard::assigned), "gone with the group");
    }

    @Test
    void givingAModuleAgainChangesItsDateAndTakingItBackTwiceIsNoError() {
        db.run(() -> assignments.assignToLearner(athens, maria.getId(), "benefits-form", TODAY.plusDays(3)));
        db.run(() -> assignments.assignToLearner(athens, maria.getId(), "benefits-form", null));
        List<AssignedModule> hers = assignments.ofLearner(athens, maria.getId(), "el");
        assertEquals(1, hers.size());
        assertEquals(null, hers.get(0).targetDate());
        assertTrue(!hers.get(0).title().equals("benefits-form"), "the title in the page's language: " + hers.get(0).title());
        db.run(() -> assignments.unassignFromLearner(athens, maria.getId(), "benefits-form"));
        db.run(() -> assignments.unassignFromLearner(athens, maria.getId(), "benefits-form"));
        assertTrue(assignments.ofLearner(athens, maria.getId(), "el").isEmpty());
    }

    @Test
    void badInputIsRefusedAndNothingIsGiven() {
        assertEquals("targetDate", assertThrows(InvalidInputException.class, () -> db.run(() ->
                assignments.assignToLearner(athens, maria.getId(), "benefits-form", TODAY.minusDays(1)))).field());
        assertEquals("module", assertThrows(InvalidInputException.class, () -> db.run(() ->
                assignments.assignToLearner(athens, maria.getId(), "no-such-module", null))).field());
        assertEquals("module", assertThrows(InvalidInputException.class, () -> db.run(() ->
                assignments.assignToLearner(athens, maria.getId(), null, null))).field());
        db.run(() -> assignments.assignToLearner(athens, maria.getId(), "benefits-form", TODAY));
        assertEquals(1, assignments.ofLearner(athens, maria.getId(), "en").size(), "today is not in the past");
    }

    @Test
    void onlyTheLearnersOwnEducatorsGiveThemModules() {
        Caller turin = net.educatorOf(net.turin);
        assertThrows(NotAllowedException.class, () -> db.run(() ->
                assignments.assignToLearner(turin, maria.getId(), "benefits-form", null)));
        assertThrows(NotAllowedException.class, () -> assignments.ofLearner(turin, maria.getId(), "en"));
        long group = db.inTransaction(() -> services.groups.create(athens, "Group " + maria.getId())).getId();
        assertThrows(NotAllowedException.class, () -> db.run(() ->
                assignments.assignToGroup(turin, group, "benefits-form", null)));
        assertTrue(assignments.ofLearner(athens, maria.getId(), "en").isEmpty());
        assertTrue(assignments.ofGroup(athens, group, "en").isEmpty());
    }

    @Test
    void theChoicesAreEveryModuleByTitle() {
        List<AssignedModule> choices = assignments.choices("sv");
        assertEquals(library.snapshot().modules().size(), choices.size());
        assertTrue(choices.stream().noneMatch(c -> c.title().equals(c.moduleId())), "titles, not ids");
    }

    private static LearnerKey key(Learner learner) {
        return new LearnerKey(learner.getId(), null, net.athens.getId());
    }

    @org.junit.jupiter.api.AfterAll
    static void tearDown() {
        db.close();
    }
}

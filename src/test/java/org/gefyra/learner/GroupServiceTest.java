package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.security.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An educator gathers their learners into named groups; nobody else's learners, nobody else's groups. */
class GroupServiceTest {

    static TestDatabase db;
    static TestNetwork net;
    static GroupService groups;
    static Caller athens;
    static int run;
    Learner maria;
    Learner sofia;
    Learner luca;
    String suffix;

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        groups = new LearnerServices(db).groups;
        athens = net.educatorOf(net.athens);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @BeforeEach
    void learners() {
        suffix = " " + (++run);
        maria = LearnerServices.someone(net.library, "Maria");
        sofia = LearnerServices.someone(net.library, "Sofia");
        luca = LearnerServices.someone(net.townHall, "Luca");
        db.run(() -> List.of(maria, sofia, luca).forEach(db.em::persist));
    }

    @Test
    void anEducatorMakesAGroupAndPutsLearnersInIt() {
        long tuesday = db.inTransaction(() -> groups.create(athens, "Tuesday women's group")).getId();
        db.run(() -> groups.add(athens, tuesday, List.of(maria.getId(), sofia.getId(), maria.getId())));
        assertTrue(groups.groups(athens).contains(new GroupSummary(tuesday, "Tuesday women's group", 2)));
        assertEquals(List.of(maria.getId(), sofia.getId()), groups.memberIds(athens, tuesday));

        db.run(() -> groups.remove(athens, tuesday, sofia.getId()));
        assertEquals(List.of(maria.getId()), groups.memberIds(athens, tuesday));
        assertEquals(List.of("Tuesday women's group"), groups.groupsOf(athens, maria.getId()).stream()
                .map(GroupSummary::name).toList());
    }

    @Test
    void aNameIsUsedOnceInAnOrganisationAndMustBeGiven() {
        int before = groups.groups(athens).size();
        db.run(() -> groups.create(athens, "Beginners"));
        assertEquals("error.nameTaken", assertThrows(InvalidInputException.class,
                () -> db.run(() -> groups.create(athens, " beginners "))).messageKey());
        assertEquals("error.required", assertThrows(InvalidInputException.class,
                () -> db.run(() -> groups.create(athens, "  "))).messageKey());
        assertThrows(InvalidInputException.class, () -> db.run(() -> groups.create(athens, "x".repeat(81))));
        assertEquals(before + 1, groups.groups(athens).size(), "nothing else was made");
        db.run(() -> groups.create(net.educatorOf(net.turin), "Beginners"));
        assertTrue(groups.groups(net.educatorOf(net.turin)).stream().anyMatch(g -> g.name().equals("Beginners")),
                "another organisation may use the name");

        long other = db.inTransaction(() -> groups.create(athens, "Advanced")).getId();
        assertThrows(InvalidInputException.class, () -> db.run(() -> groups.rename(athens, other, "BEGINNERS")));
        db.run(() -> groups.rename(athens, other, "Advanced, Thursdays"));
        assertTrue(groups.groups(athens).stream().anyMatch(g -> g.name().equals("Advanced, Thursdays")));
    }

    @Test
    void aGroupHoldsOnlyItsOrganisationsLearnersAndOnlyItsEducatorsChangeIt() {
        long tuesday = db.inTransaction(() -> groups.create(athens, "Tuesday" + suffix)).getId();
        assertThrows(NotAllowedException.class, () -> db.run(() -> groups.add(athens, tuesday, List.of(luca.getId()))));
        Caller turin = net.educatorOf(net.turin);
        assertThrows(NotAllowedException.class, () -> groups.get(turin, tuesday));
        assertThrows(NotAllowedException.class, () -> db.run(() -> groups.add(turin, tuesday, List.of(luca.getId()))));
        assertThrows(NotAllowedException.class, () -> db.run(() -> groups.rename(turin, tuesday, "Mine")));
        assertThrows(NotAllowedException.class, () -> db.run(() -> groups.delete(turin, tuesday)));
        assertThrows(NotAllowedException.class, () -> groups.get(net.coordinatorOf(net.athens, true), tuesday));
        assertEquals(0, groups.memberIds(athens, tuesday).size());
        assertTrue(groups.groups(turin).stream().noneMatch(g -> g.id() == tuesday), "nor do they see it");
    }

    @Test
    void aLearnerIsPutInExactlyTheGroupsChosen() {
        long a = db.inTransaction(() -> groups.create(athens, "A")).getId();
        long b = db.inTransaction(() -> groups.create(athens, "B")).getId();
        long turinGroup = db.inTransaction(() -> groups.create(net.educatorOf(net.turin), "T" + suffix)).getId();
        db.run(() -> groups.setGroupsOf(athens, maria.getId(), List.of(a, b)));
        assertEquals(List.of("A", "B"), groups.groupsOf(athens, maria.getId()).stream().map(GroupSummary::name).toList());
        db.run(() -> groups.setGroupsOf(athens, maria.getId(), List.of(b)));
        assertEquals(List.of("B"), groups.groupsOf(athens, maria.getId()).stream().map(GroupSummary::name).toList());
        assertThrows(NotAllowedException.class, () -> db.run(() -> groups.setGroupsOf(athens, maria.getId(), List.of(turinGroup))));
        assertEquals(List.of("B"), groups.groupsOf(athens, maria.getId()).stream().map(GroupSummary::name).toList());
    }

    @Test
    void deletingAGroupKeepsItsLearnersAndTellsWhoKeepsSomethingOfIt() {
        LearnerServices services = new LearnerServices(db);
        List<Long> heard = new java.util.ArrayList<>();
        services.groupObservers.add(removing -> heard.add(removing.groupId()));
        long tuesday = db.inTransaction(() -> services.groups.create(athens, "Going" + suffix)).getId();
        db.run(() -> services.groups.add(athens, tuesday, List.of(maria.getId())));
        db.run(() -> services.groups.delete(athens, tuesday));
        assertEquals(List.of(tuesday), heard);
        assertTrue(services.groups.groups(athens).stream().noneMatch(g -> g.id() == tuesday));
        assertEquals("Maria", db.em.find(Learner.class, maria.getId()).getDisplayName());
    }

    @Test
    void administratorsBelongToNoOrganisationAndSoMakeNoGroups() {
        assertEquals("error.groupNeedsOrganisation", assertThrows(InvalidInputException.class,
                () -> db.run(() -> groups.create(net.admin(), "Admins"))).messageKey());
    }
}

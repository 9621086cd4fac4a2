package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gefyra.shared.security.TestHashing;
import org.gefyra.shared.security.Caller;
import org.gefyra.organisation.Site;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Educators look after the learners of their own organisation only: seeing, registering, unlocking. */
class LearnerServiceTest {

    static TestDatabase db;
    static TestNetwork net;
    static LearnerService learners = new LearnerService();
    static Learner maria;
    static Learner luca;

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        learners.em = db.em;
        learners.hashing = TestHashing.create();
        maria = lockedLearner(net.library, "Maria", "MARA2345");
        luca = lockedLearner(net.townHall, "Luca", "LUCA2345");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void anEducatorSeesOnlyTheLearnersOfTheirOwnOrganisation() {
        List<String> athens = names(learners.list(net.educatorOf(net.athens)));
        List<String> turin = names(learners.list(net.educatorOf(net.turin)));
        assertTrue(athens.contains("Maria") && !athens.contains("Luca"), athens.toString());
        assertTrue(turin.contains("Luca") && !turin.contains("Maria"), turin.toString());
        assertTrue(names(learners.list(net.admin())).containsAll(List.of("Luca", "Maria")), "administrators see everyone");
        assertEquals("Maria", learners.get(net.educatorOf(net.athens), maria.getId()).getDisplayName());
    }

    @Test
    void anEducatorCannotOpenALearnerOfAnotherOrganisation() {
        Caller athens = net.educatorOf(net.athens);
        assertThrows(NotAllowedException.class, () -> learners.get(athens, luca.getId()));
        assertThrows(NotAllowedException.class, () -> learners.get(net.coordinatorOf(net.turin, true), luca.getId()),
                "coordinators read reports, not learners");
        assertThrows(NotAllowedException.class, () -> learners.get(athens, 999_999L), "nor one that does not exist");
    }

    @Test
    void anEducatorCannotUnlockTheCardOfALearnerOfAnotherOrganisation() {
        assertThrows(NotAllowedException.class, () -> db.run(() -> learners.unlock(net.educatorOf(net.athens), luca.getId())));
        assertTrue(stored(luca).isLocked(), "Luca's card is still locked");

        db.run(() -> learners.unlock(net.educatorOf(net.turin), luca.getId()));
        assertEquals(Learner.PIN_ATTEMPTS, stored(luca).pinAttemptsLeft(), "his own educator unlocks it");
    }

    @Test
    void anEducatorCannotRegisterALearnerAtAnotherOrganisationsSite() {
        long before = count();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> db.run(() ->
                learners.register(net.educatorOf(net.athens), form("Giulia", net.townHall))));
        assertEquals("site", refused.field());
        assertEquals(before, count(), "nobody was registered");

        Learner giulia = db.inTransaction(() -> learners.register(net.educatorOf(net.turin), form("Giulia", net.townHall)));
        Learner stored = stored(giulia);
        assertEquals("Torino digitale", stored.getOrganisation().getName());
        assertNotNull(stored.getCardCode(), "she gets a login card");
        assertTrue(learners.hashing.matches("2468", stored.getPinHash()), "her PIN is kept as a hash");
    }

    @Test
    void aLearnerRegisteredWithTheLeastDataIsStoredWithoutAgeOrGroup() {
        Learner giulia = db.inTransaction(() -> learners.register(net.admin(), form("Giulia", net.townHall)));
        Learner stored = stored(giulia);
        assertEquals(AgeBand.NOT_SAID, stored.getAgeBand());
        assertEquals(TargetGroup.NOT_SAID, stored.getTargetGroup());
    }

    private static Learner lockedLearner(Site site, String name, String card) {
        Learner learner = new Learner(site, name, Picture.SUN, "en", null, null, true, card, "hash");
        for (int i = 0; i < Learner.PIN_ATTEMPTS; i++) {
            learner.wrongPin();
        }
        db.run(() -> db.em.persist(learner));
        return learner;
    }

    private static Learner stored(Learner learner) {
        return db.em.find(Learner.class, learner.getId());
    }

    private static long count() {
        return db.em.createQuery("select count(l) from Learner l", Long.class).getSingleResult();
    }

    private static LearnerForm form(String name, Site site) {
        LearnerForm form = new LearnerForm();
        form.displayName = name;
        form.picture = Picture.TREE;
        form.language = "it";
        form.consent = true;
        form.siteId = site.getId();
        form.pin = "2468";
        return form;
    }

    private static List<String> names(List<Learner> list) {
        return list.stream().map(Learner::getDisplayName).toList();
    }
}

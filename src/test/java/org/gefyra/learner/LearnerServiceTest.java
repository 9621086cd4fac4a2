package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.gefyra.organisation.Site;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.security.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Educators look after the learners of their own organisation only: registering with the least
 * data, changing, PINs, switching off, and login cards whose codes are kept only as hashes.
 */
class LearnerServiceTest {

    static TestDatabase db;
    static TestNetwork net;
    static LearnerServices services;
    static LearnerService learners;
    static Learner maria;
    static Learner luca;

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        services = new LearnerServices(db);
        learners = services.learners;
        maria = lockedLearner(net.library, "Maria");
        luca = lockedLearner(net.townHall, "Luca");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void anEducatorCannotOpenALearnerOfAnotherOrganisation() {
        Caller athens = net.educatorOf(net.athens);
        assertEquals("Maria", learners.get(athens, maria.getId()).getDisplayName());
        assertThrows(NotAllowedException.class, () -> learners.get(athens, luca.getId()));
        assertThrows(NotAllowedException.class, () -> learners.get(net.coordinatorOf(net.turin, true), luca.getId()),
                "coordinators read reports, not learners");
        assertThrows(NotAllowedException.class, () -> learners.get(athens, 999_999L), "nor one that does not exist");
        assertEquals("Luca", learners.get(net.admin(), luca.getId()).getDisplayName(), "administrators see everyone");
    }

    @Test
    void anEducatorCannotUnlockTheCardOfALearnerOfAnotherOrganisation() {
        Learner locked = lockedLearner(net.townHall, "Locked");
        assertThrows(NotAllowedException.class, () -> db.run(() -> learners.unlock(net.educatorOf(net.athens), locked.getId())));
        assertTrue(stored(locked).isLocked(), "the card is still locked");

        db.run(() -> learners.unlock(net.educatorOf(net.turin), locked.getId()));
        assertEquals(Learner.PIN_ATTEMPTS, stored(locked).pinAttemptsLeft(), "their own educator unlocks it");
    }

    @Test
    void anEducatorRegistersALearnerWithTheLeastDataAndRecordsTheirConsent() {
        Caller turin = net.educatorOf(net.turin);
        Learner giulia = db.inTransaction(() -> learners.register(turin, form("Giulia", net.townHall)));
        Learner stored = stored(giulia);
        assertEquals("Torino digitale", stored.getOrganisation().getName());
        assertEquals(AgeBand.NOT_SAID, stored.getAgeBand());
        assertEquals(Set.of(), stored.getTargetGroups());
        assertFalse(stored.hasCard(), "a card is made when it is printed");
        assertTrue(learners.hashing.matches("2468", stored.getPinHash()), "her PIN is kept as a hash");
        assertTrue(stored.getConsent().isProgressTracking());
        assertFalse(stored.getConsent().isAnonymousReports());
        assertEquals(turin.id(), stored.getConsent().getRecordedBy(), "recorded by the educator");
        assertNotNull(stored.getConsent().getAt());
    }

    @Test
    void severalTargetGroupsAndAnAgeBandAreKept() {
        LearnerForm form = form("Samir", net.library);
        form.ageBand = AgeBand.FROM_65_TO_74;
        form.targetGroups = new TargetGroup[] {TargetGroup.OLDER_PERSON, TargetGroup.MIGRANT};
        Learner samir = db.inTransaction(() -> learners.register(net.educatorOf(net.athens), form));
        assertEquals(Set.of(TargetGroup.OLDER_PERSON, TargetGroup.MIGRANT), stored(samir).getTargetGroups());
        assertEquals(AgeBand.FROM_65_TO_74, stored(samir).getAgeBand());
    }

    @Test
    void badInputIsRefusedWithItsFieldAndNothingIsStored() {
        Caller athens = net.educatorOf(net.athens);
        assertRefused("displayName", athens, form -> form.displayName = " ");
        assertRefused("displayName", athens, form -> form.displayName = "x".repeat(61));
        assertRefused("displayName", athens, form -> form.displayName = "Bad\u0000name");
        assertRefused("picture", athens, form -> form.picture = null);
        assertRefused("language", athens, form -> form.language = "xx");
        assertRefused("pin", athens, form -> form.pin = "12a4");
        assertRefused("pin", athens, form -> form.pin = null);
        assertRefused("consentProgress", athens, form -> form.consentProgress = false);
        assertRefused("site", athens, form -> form.siteId = null);
        assertRefused("site", athens, form -> form.siteId = net.townHall.getId());
        assertRefused("site", athens, form -> form.siteId = 999_999L);
    }

    @Test
    void changesAreKeptAndAChangedAgreementIsRecordedAsTheEducators() {
        Learner anna = db.inTransaction(() -> learners.register(net.admin(), form("Anna", net.library)));
        Caller athens = net.educatorOf(net.athens);
        LearnerForm form = LearnerForm.of(stored(anna));
        form.displayName = "Anna M.";
        form.consentReports = true;
        form.targetGroups = new TargetGroup[] {TargetGroup.OTHER};
        db.run(() -> learners.change(athens, anna.getId(), form));
        Learner changed = stored(anna);
        assertEquals("Anna M.", changed.getDisplayName());
        assertEquals(Set.of(TargetGroup.OTHER), changed.getTargetGroups());
        assertTrue(changed.getConsent().isAnonymousReports());
        assertEquals(athens.id(), changed.getConsent().getRecordedBy());

        LearnerForm elsewhere = LearnerForm.of(changed);
        elsewhere.siteId = net.townHall.getId();
        elsewhere.displayName = "Moved";
        assertThrows(InvalidInputException.class, () -> db.run(() -> learners.change(athens, anna.getId(), elsewhere)));
        assertThrows(NotAllowedException.class,
                () -> db.run(() -> learners.change(net.educatorOf(net.turin), anna.getId(), LearnerForm.of(changed))));
        assertEquals("Anna M.", stored(anna).getDisplayName(), "nothing changed");
    }

    @Test
    void aNewPinWorksTheOldOneNoLongerAndALockedCardIsUnlocked() {
        Learner locked = lockedLearner(net.library, "Rena");
        assertThrows(InvalidInputException.class, () -> db.run(() -> learners.setPin(net.educatorOf(net.athens), locked.getId(), "12")));
        assertThrows(NotAllowedException.class, () -> db.run(() -> learners.setPin(net.educatorOf(net.turin), locked.getId(), "9876")));
        assertTrue(stored(locked).isLocked());

        db.run(() -> learners.setPin(net.educatorOf(net.athens), locked.getId(), "9876"));
        assertFalse(stored(locked).isLocked(), "a new PIN unlocks the card");
        assertEquals(PinCheck.WRONG, db.inTransaction(() -> learners.checkPin(locked.getId(), "1234")));
        assertEquals(PinCheck.RIGHT, db.inTransaction(() -> learners.checkPin(locked.getId(), "9876")));
    }

    @Test
    void printingMakesANewCardAndTheOldOneStopsWorking() {
        Learner kostas = db.inTransaction(() -> learners.register(net.admin(), form("Kostas", net.library)));
        Caller athens = net.educatorOf(net.athens);
        IssuedCard first = db.inTransaction(() -> learners.issueCards(athens, List.of(kostas.getId()))).get(0);
        assertEquals(CardCode.LENGTH, first.code().length());
        assertEquals(kostas.getId(), learners.findByCard(first.groupedCode().toLowerCase()).map(Learner::getId).orElse(null),
                "the code signs in however it is typed");
        assertNotNull(stored(kostas).getCardPrintedAt());

        IssuedCard second = db.inTransaction(() -> learners.issueCards(athens, List.of(kostas.getId()))).get(0);
        assertNotEquals(first.code(), second.code());
        assertTrue(learners.findByCard(first.code()).isEmpty(), "the card before no longer works");
        assertEquals(kostas.getId(), learners.findByCard(second.code()).map(Learner::getId).orElse(null));
        assertTrue(learners.findByCard("ABCD-EFGH-2345").isEmpty());
        assertTrue(learners.findByCard("not a code").isEmpty());
    }

    @Test
    void cardsAreMadeForOwnLearnersOnlyAllOrNothingAndNotForSwitchedOffOnes() {
        Learner eva = db.inTransaction(() -> learners.register(net.admin(), form("Eva", net.library)));
        Learner off = db.inTransaction(() -> learners.register(net.admin(), form("Off", net.library)));
        db.run(() -> learners.setActive(net.admin(), off.getId(), false));
        assertThrows(NotAllowedException.class,
                () -> db.run(() -> learners.issueCards(net.educatorOf(net.athens), List.of(eva.getId(), luca.getId()))));
        assertFalse(stored(eva).hasCard(), "nobody got a card");

        List<IssuedCard> cards = db.inTransaction(() -> learners.issueCards(net.educatorOf(net.athens),
                List.of(eva.getId(), off.getId(), eva.getId())));
        assertEquals(List.of("Eva"), cards.stream().map(IssuedCard::displayName).toList());
        assertFalse(cards.get(0).toString().contains(cards.get(0).code()), "a code never goes into a log by accident");
    }

    @Test
    void aCardOfBeforeKeepsWorkingAsAHashAndNoOtherLearnerCanTakeItsCode() {
        Learner demo = db.inTransaction(() -> learners.register(net.admin(), form("Demo", net.library)));
        db.run(() -> learners.keepCard(demo.getId(), "DEM2-TEST"));
        assertEquals(demo.getId(), learners.findByCard("dem2test").map(Learner::getId).orElse(null));
        assertNull(stored(demo).getCardPrintedAt(), "Gefyra did not print it");
        Learner other = db.inTransaction(() -> learners.register(net.admin(), form("Other", net.library)));
        assertThrows(InvalidInputException.class, () -> db.run(() -> learners.keepCard(other.getId(), "DEM2-TEST")));
        assertThrows(InvalidInputException.class, () -> db.run(() -> learners.keepCard(other.getId(), "???")));
    }

    @Test
    void switchedOffLearnersAreNotOnTheKioskAndCannotSignIn() {
        Learner nina = db.inTransaction(() -> learners.register(net.admin(), form("Nina", net.library)));
        String code = db.inTransaction(() -> learners.issueCards(net.admin(), List.of(nina.getId()))).get(0).code();
        LearnerIdentityStore store = new LearnerIdentityStore();
        store.learners = learners;
        LearnerStanding standing = new LearnerStanding();
        standing.dataSource = db.dataSource;
        assertTrue(isValid(db.inTransaction(() -> store.validate(new CardCredential(code)))));
        assertTrue(standing.maySignIn(nina.getId()), "signed in, she may go on");
        assertNotNull(stored(nina).getLastSeenAt(), "educators see when she was last here");

        assertThrows(NotAllowedException.class, () -> db.run(() -> learners.setActive(net.educatorOf(net.turin), nina.getId(), false)));
        db.run(() -> learners.setActive(net.educatorOf(net.athens), nina.getId(), false));
        assertFalse(standing.maySignIn(nina.getId()), "switched off while signed in, she is signed out at her next request");
        assertFalse(standing.maySignIn(-1), "nor does anyone unknown go on");
        assertFalse(isValid(db.inTransaction(() -> store.validate(new CardCredential(code)))), "not with her card");
        assertFalse(isValid(db.inTransaction(() -> store.validate(new PinCredential(nina.getId(), "2468")))), "nor her PIN");
        Site library = db.em.find(Site.class, net.library.getId());
        assertTrue(learners.cardsAt(library).stream().noneMatch(card -> card.displayName().equals("Nina")),
                "not on the kiosk's list");

        db.run(() -> learners.setActive(net.educatorOf(net.athens), nina.getId(), true));
        assertTrue(standing.maySignIn(nina.getId()));
        assertTrue(isValid(db.inTransaction(() -> store.validate(new PinCredential(nina.getId(), "2468")))));
        assertTrue(learners.cardsAt(db.em.find(Site.class, net.library.getId())).stream()
                .anyMatch(card -> card.displayName().equals("Nina")));
    }

    private static boolean isValid(jakarta.security.enterprise.identitystore.CredentialValidationResult result) {
        return result.getStatus() == jakarta.security.enterprise.identitystore.CredentialValidationResult.Status.VALID;
    }

    private static void assertRefused(String field, Caller caller, Consumer<LearnerForm> spoil) {
        long before = count();
        LearnerForm form = form("Refused", net.library);
        spoil.accept(form);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> db.run(() -> learners.register(caller, form)));
        assertEquals(field, refused.field());
        assertEquals(before, count(), "nobody was registered");
    }

    private static Learner lockedLearner(Site site, String name) {
        Learner learner = LearnerServices.someone(site, name);
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

    static LearnerForm form(String name, Site site) {
        LearnerForm form = new LearnerForm();
        form.displayName = name;
        form.picture = Picture.TREE;
        form.language = "it";
        form.consentProgress = true;
        form.siteId = site.getId();
        form.pin = "2468";
        return form;
    }
}

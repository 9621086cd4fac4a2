package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.organisation.Network;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationKind;
import org.gefyra.organisation.Site;
import org.gefyra.organisation.SiteKind;
import org.gefyra.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A learner's card: five wrong PINs lock it until an educator unlocks it; consent comes first. */
class LearnerTest {

    private final Site site = new Site(new Organisation(new Network("N"), "Org", "City", OrganisationKind.CITY),
            "Library", SiteKind.LIBRARY, null);

    private Learner maria() {
        return new Learner(site, "Maria", Picture.FLOWER, "el", null, null, true, "ABCD2345", "hash");
    }

    @Test
    void fiveWrongPinsInARowLockTheCard() {
        Learner maria = maria();
        for (int i = 1; i <= 4; i++) {
            maria.wrongPin();
            assertFalse(maria.isLocked());
            assertEquals(5 - i, maria.pinAttemptsLeft());
        }
        maria.wrongPin();
        assertTrue(maria.isLocked());
        assertEquals(0, maria.pinAttemptsLeft());
    }

    @Test
    void aRightPinStartsTheCountAgain() {
        Learner maria = maria();
        maria.wrongPin();
        maria.wrongPin();
        maria.rightPin();
        assertEquals(5, maria.pinAttemptsLeft());
    }

    @Test
    void anEducatorUnlocksALockedCard() {
        Learner maria = maria();
        for (int i = 0; i < 5; i++) {
            maria.wrongPin();
        }
        maria.unlock();
        assertFalse(maria.isLocked());
        assertEquals(5, maria.pinAttemptsLeft());
    }

    @Test
    void noLearnerIsKeptWithoutConsent() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new Learner(site, "Maria", Picture.SUN, "el", null, null, false, "ABCD2345", "hash"));
        assertEquals("consent", refused.field());
    }

    @Test
    void ageAndGroupNotGivenAreNotSaid() {
        Learner maria = maria();
        assertEquals(AgeBand.NOT_SAID, maria.getAgeBand());
        assertEquals(TargetGroup.NOT_SAID, maria.getTargetGroup());
    }

    @Test
    void aPinIsFourDigits() {
        assertEquals("0042", Learner.checkPin("0042"));
        for (String bad : new String[] {"", "123", "12345", "12a4", "١٢٣٤"}) {
            assertThrows(InvalidInputException.class, () -> Learner.checkPin(bad), bad);
        }
    }
}

package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
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
        return new Learner(site, "Maria", Picture.FLOWER, "el", null, null, Consent.given(true, false, 7L, "Eleni"), "hash");
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
    void noLearnerIsKeptWithoutConsentToKeepTheirProgress() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Consent.given(false, true, 7L, "Eleni"));
        assertEquals("consentProgress", refused.field());
        assertThrows(InvalidInputException.class,
                () -> new Learner(site, "Maria", Picture.SUN, "el", null, null, null, "hash"));
    }

    @Test
    void theConsentSaysWhatWasAgreedWhenAndWhoRecordedIt() {
        Consent consent = maria().getConsent();
        assertTrue(consent.isProgressTracking());
        assertFalse(consent.isAnonymousReports(), "counting in reports is the learner's choice");
        assertEquals(7L, consent.getRecordedBy());
        assertEquals("Eleni", consent.getRecordedByName());
        assertTrue(consent.getAt() != null);
    }

    @Test
    void aChangedAgreementIsRecordedAgainButTheSameOneKeepsItsRecorder() {
        Learner maria = maria();
        maria.recordConsent(Consent.given(true, false, 8L, "Nikos"));
        assertEquals("Eleni", maria.getConsent().getRecordedByName(), "nothing changed");
        maria.recordConsent(Consent.given(true, true, 8L, "Nikos"));
        assertEquals("Nikos", maria.getConsent().getRecordedByName());
        assertTrue(maria.getConsent().isAnonymousReports());
    }

    @Test
    void ageNotGivenIsNotSaidAndALearnerMayBelongToSeveralTargetGroups() {
        Learner maria = maria();
        assertEquals(AgeBand.NOT_SAID, maria.getAgeBand());
        assertEquals(Set.of(), maria.getTargetGroups());
        maria.change("Maria", Picture.SUN, "el", AgeBand.FROM_65_TO_74, List.of(TargetGroup.OLDER_PERSON, TargetGroup.MIGRANT));
        assertEquals(Set.of(TargetGroup.OLDER_PERSON, TargetGroup.MIGRANT), maria.getTargetGroups());
        maria.change("Maria", Picture.SUN, "el", AgeBand.FROM_65_TO_74, List.of(TargetGroup.MIGRANT));
        assertEquals(Set.of(TargetGroup.MIGRANT), maria.getTargetGroups());
    }

    @Test
    void aLearnerSpeaksOneOfTheInterfaceLanguages() {
        Learner maria = maria();
        for (String bad : new String[] {null, "", "xx", "de"}) {
            assertThrows(InvalidInputException.class, () -> maria.change("Maria", Picture.SUN, bad, null, null), bad);
        }
        assertEquals("el", maria.getLanguage(), "nothing changed");
    }

    @Test
    void aSwitchedOffLearnerMayNotSignInUntilSwitchedOnAgain() {
        Learner maria = maria();
        assertTrue(maria.maySignIn());
        maria.switchOff();
        assertFalse(maria.maySignIn());
        maria.switchOn();
        assertTrue(maria.maySignIn());
        for (int i = 0; i < 5; i++) {
            maria.wrongPin();
        }
        assertFalse(maria.maySignIn(), "nor with a locked card");
    }

    @Test
    void aPinIsFourDigits() {
        assertEquals("0042", Learner.checkPin("0042"));
        for (String bad : new String[] {"", "123", "12345", "12a4", "١٢٣٤"}) {
            assertThrows(InvalidInputException.class, () -> Learner.checkPin(bad), bad);
        }
    }
}

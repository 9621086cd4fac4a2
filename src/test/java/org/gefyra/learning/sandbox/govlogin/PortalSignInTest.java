package org.gefyra.learning.sandbox.govlogin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gefyra.learning.sandbox.Difference;
import org.gefyra.learning.sandbox.GoalCheck;
import org.gefyra.learning.sandbox.TypedText;
import org.junit.jupiter.api.Test;

/** A learner signs in to the pretend portal with a user name and the code on the pretend phone. */
class PortalSignInTest {

    private static final Map<String, String> GOAL = Map.of("username", "maria.papadopoulou");

    @Test
    void theUserNameOfTheTaskReachesTheGoalWhateverTheCaseAndSpaces() {
        assertTrue(PortalSignIn.check(GOAL, "maria.papadopoulou").isReached());
        assertTrue(PortalSignIn.check(GOAL, "  Maria.Papadopoulou ").isReached());
        assertTrue(PortalSignIn.check(GOAL, "MARIA.PAPADOPOULOU").isReached());
    }

    @Test
    void anotherUserNameIsNamedWithTheOneTheTaskAsksFor() {
        GoalCheck check = PortalSignIn.check(GOAL, "maria.papadopulou");
        assertFalse(check.isReached());
        assertEquals(List.of(new Difference("username", "maria.papadopulou", "maria.papadopoulou")), check.differences());
    }

    @Test
    void aStepWithoutAUserNameAcceptsAnyone() {
        assertTrue(PortalSignIn.check(Map.of(), "anybody").isReached());
    }

    @Test
    void userNamesAreCheckedKindly() {
        assertEquals(Optional.empty(), PortalSignIn.problem("ahmed.karimi"));
        assertEquals(Optional.of(TypedText.REQUIRED), PortalSignIn.problem("   "));
        assertEquals(Optional.of(TypedText.REQUIRED), PortalSignIn.problem(null));
        assertEquals(Optional.of(TypedText.TOO_LONG), PortalSignIn.problem("a".repeat(10_000)));
        assertEquals(Optional.of(TypedText.CHARACTERS), PortalSignIn.problem("<script>alert(1)</script>"));
        assertEquals(Optional.of(PortalSignIn.BAD_USER_NAME), PortalSignIn.problem("maria papadopoulou"));
    }

    @Test
    void theCodeOnThePhoneHasSixDigitsAndMatchesWithSpaces() {
        String code = PortalSignIn.newCode();
        assertTrue(code.matches("[1-9][0-9]{5}"), code);
        assertTrue(PortalSignIn.codeMatches("482913", "482913"));
        assertTrue(PortalSignIn.codeMatches("482913", " 482 913 "));
        assertFalse(PortalSignIn.codeMatches("482913", "482914"));
        assertFalse(PortalSignIn.codeMatches("482913", null));
        assertFalse(PortalSignIn.codeMatches(null, "482913"));
    }

    @Test
    void thePortalGreetsThePersonByName() {
        assertEquals("Maria Papadopoulou", PortalSignIn.displayName("maria.papadopoulou"));
        assertEquals("Ahmed Karimi", PortalSignIn.displayName(" Ahmed.Karimi"));
        assertEquals("Jean Luc Picard", PortalSignIn.displayName("jean-luc.picard"));
    }
}

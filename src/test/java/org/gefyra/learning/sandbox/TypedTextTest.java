package org.gefyra.learning.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whatever a learner types into a pretend website's box gets a kind answer. */
class TypedTextTest {

    @Test
    void boxesMustBeFilledInWithAReasonableText() {
        assertEquals(Optional.empty(), TypedText.problem("Ahmed Haddad", 80));
        assertEquals(Optional.empty(), TypedText.problem("Ελένη Παπαδοπούλου", 80));
        assertEquals(Optional.empty(), TypedText.problem("أحمد حداد", 80));
        assertEquals(Optional.of(TypedText.REQUIRED), TypedText.problem(" \t ", 80));
        assertEquals(Optional.of(TypedText.TOO_LONG), TypedText.problem("x".repeat(10_000), 80));
        assertEquals(Optional.of(TypedText.CHARACTERS), TypedText.problem("<script>alert('x')</script>", 80));
        assertEquals(Optional.of(TypedText.CHARACTERS), TypedText.problem("Anna\u0000Rossi", 80));
    }

    @Test
    void optionalBoxesMayStayEmpty() {
        assertEquals(Optional.empty(), TypedText.optionalProblem("", 10));
        assertEquals(Optional.of(TypedText.TOO_LONG), TypedText.optionalProblem("x".repeat(11), 10));
    }
}

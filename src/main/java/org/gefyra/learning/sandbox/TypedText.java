package org.gefyra.learning.sandbox;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a learner types into a pretend website's box, and what can be wrong with it, as a message
 * key of the sandbox bundle: empty, too long, or with characters no person's details contain.
 */
public final class TypedText {

    public static final String REQUIRED = "error.required";
    public static final String TOO_LONG = "error.tooLong";
    public static final String CHARACTERS = "error.characters";

    private static final Pattern REFUSED = Pattern.compile("[<>{}\\\\\\p{Cntrl}]");

    private TypedText() {
    }

    /** The text without spaces around it; empty for nothing. */
    public static String strip(String typed) {
        return typed == null ? "" : typed.strip();
    }

    /** What is wrong with a box that must be filled in, or nothing. */
    public static Optional<String> problem(String typed, int max) {
        String text = strip(typed);
        if (text.isEmpty()) {
            return Optional.of(REQUIRED);
        }
        if (text.length() > max) {
            return Optional.of(TOO_LONG);
        }
        if (REFUSED.matcher(text).find()) {
            return Optional.of(CHARACTERS);
        }
        return Optional.empty();
    }

    /** What is wrong with a box that may stay empty, or nothing. */
    public static Optional<String> optionalProblem(String typed, int max) {
        return strip(typed).isEmpty() ? Optional.empty() : problem(typed, max);
    }
}

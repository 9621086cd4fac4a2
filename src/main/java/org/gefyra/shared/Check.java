package org.gefyra.shared;

import java.util.regex.Pattern;

/** The checks that entities make on what people type, each failing with a translated message. */
public final class Check {

    private Check() {
    }

    /** Trims the text and requires 1 to {@code max} characters with no control characters. */
    public static String text(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, "error.required");
        }
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "error.tooLong");
        }
        if (trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "error.badCharacters");
        }
        return trimmed;
    }

    /** Like {@link #text} but an empty value is allowed and becomes null. */
    public static String optionalText(String field, String value, int max) {
        return value == null || value.isBlank() ? null : text(field, value, max);
    }

    public static String matching(String field, String value, Pattern pattern, String messageKey) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidInputException(field, "error.required");
        }
        if (!pattern.matcher(trimmed).matches()) {
            throw new InvalidInputException(field, messageKey);
        }
        return trimmed;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, "error.required");
        }
        return value;
    }
}

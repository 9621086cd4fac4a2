package org.gefyra.shared;

import java.util.regex.Pattern;

/** The checks that entities make on what people type, each failing with a translated message. */
public final class Check {

    private Check() {
    }

    /**
     * What no typed text may hold: the replacement character (a form sent in a wrong encoding
     * arrives with it), and the marks that turn text around so it reads otherwise than it is stored
     * (left-to-right and right-to-left embeddings and overrides; the plain marks that Arabic needs stay).
     */
    private static final Pattern GARBLED = Pattern.compile("[\\uFFFD\\u202A-\\u202E]");
    /** The start of a tag of a web page: never part of a name, a label or a note. */
    private static final Pattern MARKUP = Pattern.compile("<[\\p{L}/!?]");

    /**
     * Trims the text and requires 1 to {@code max} characters with no control characters, nothing
     * garbled and nothing that looks like a web page's code.
     */
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
        return plain(field, trimmed);
    }

    /** The text, if it holds nothing garbled and no web page's code; else a translated refusal. */
    public static String plain(String field, String text) {
        if (GARBLED.matcher(text).find()) {
            throw new InvalidInputException(field, "error.badCharacters");
        }
        if (MARKUP.matcher(text).find()) {
            throw new InvalidInputException(field, "error.markup");
        }
        return text;
    }

    /** Like {@link #text} but an empty value is allowed and becomes null. */
    public static String optionalText(String field, String value, int max) {
        return value == null || value.isBlank() ? null : text(field, value, max);
    }

    /**
     * Trimmed text in several lines of at most {@code max} characters, lines and tabs kept, no
     * other control characters, nothing garbled and no web page's code; empty is null.
     */
    public static String paragraphs(String field, String text, int max) {
        String trimmed = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "error.tooLong");
        }
        if (trimmed.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            throw new InvalidInputException(field, "error.badCharacters");
        }
        return plain(field, trimmed);
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

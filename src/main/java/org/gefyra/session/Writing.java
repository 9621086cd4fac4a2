package org.gefyra.session;

import org.gefyra.shared.Check;
import org.gefyra.shared.InvalidInputException;

/** Checks on what educators write in several lines: notes about a session or a learner. */
public final class Writing {

    private Writing() {
    }

    /**
     * Trimmed text of at most {@code max} characters, lines kept, no other control characters,
     * nothing garbled and no web page's code; empty is null.
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
        return Check.plain(field, trimmed);
    }
}

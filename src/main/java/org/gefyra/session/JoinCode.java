package org.gefyra.session;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The short code a learner types to join an open session: six letters and digits that cannot be
 * mistaken for one another (no O and 0, no I and 1), shown big on the educator's screen.
 */
public final class JoinCode {

    static final String ALPHABET = "ACDEFGHJKLMNPQRTUVWXY34679";
    static final int LENGTH = 6;
    /** The longest text that may still be a code typed with spaces or dashes between its letters. */
    public static final int LONGEST_TYPED = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCode() {
    }

    public static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a learner typed, as a code (upper case, without spaces and dashes), or null if it cannot be one. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return code;
    }

    /** The code as shown: two groups of three, easy to read aloud. */
    public static String grouped(String code) {
        return code == null || code.length() != LENGTH ? code : code.substring(0, 3) + " " + code.substring(3);
    }
}

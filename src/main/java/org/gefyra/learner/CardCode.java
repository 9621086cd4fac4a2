package org.gefyra.learner;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code printed on a learner's login card: eight letters and digits that cannot be confused
 * with each other (no O and 0, no I and 1), shown in two groups of four.
 */
public final class CardCode {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CardCode() {
    }

    public static String random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What a person typed or a camera read, reduced to the stored form; null if it cannot be a code. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        int marker = code.lastIndexOf("CODE=");
        if (marker >= 0) {
            code = code.substring(marker + 5);
        }
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return code;
    }

    public static String grouped(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }
}

package org.gefyra.learner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The code printed on a learner's login card: twelve letters and digits that cannot be confused
 * with each other (no O and 0, no I and 1), shown in three groups of four. It signs the learner
 * in without a PIN, so it is a secret of 60 bits. The kiosks' guessing limits (SignInThrottle) let
 * one device try about 1,300 codes a day: a thousand devices trying for a year against ten
 * thousand learners would find one card with a chance of about one in 200,000. Cards printed
 * before (and the demo's) carry eight characters and still work, until they are replaced.
 *
 * <p>Gefyra keeps no code. It keeps a lookup number, the first 20 bits of the code's SHA-256,
 * shared by about a millionth of all codes, and a salted PBKDF2 hash, as for a PIN. A sign-in reads
 * the few learners with the code's lookup number (usually one, often none) and checks the hash of
 * each. A plain fast hash could be tried against every learner at once by whoever copies the
 * database; here each card must be attacked alone, at the price of PBKDF2, over the 2^40 codes
 * that share its number.
 */
public final class CardCode {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 12;
    /** The longest text that is still read as a code: a whole address of a scanned card ends in one. */
    public static final int LONGEST_TYPED = 200;
    static final int LENGTH_BEFORE = 8;
    static final int LOOKUP_BITS = 20;
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

    /**
     * What a person typed or a camera read (the code, or an address ending in {@code code=} and
     * the code), reduced to the stored form; null if it cannot be a code.
     */
    public static String normalise(String typed) {
        if (typed == null || typed.length() > LONGEST_TYPED) {
            return null;
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        int marker = code.lastIndexOf("CODE=");
        if (marker >= 0) {
            code = code.substring(marker + 5);
        }
        if ((code.length() != LENGTH && code.length() != LENGTH_BEFORE)
                || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return code;
    }

    /** The code as printed, in groups of four: ABCD-EFGH-JKLM. */
    public static String grouped(String code) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < code.length(); i += 4) {
            grouped.append(i == 0 ? "" : "-").append(code, i, Math.min(code.length(), i + 4));
        }
        return grouped.toString();
    }

    /** The lookup number of a normalised code: the first 20 bits of its SHA-256. */
    public static int lookup(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
            int first = ((digest[0] & 0xff) << 16) | ((digest[1] & 0xff) << 8) | (digest[2] & 0xff);
            return first >>> (24 - LOOKUP_BITS);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

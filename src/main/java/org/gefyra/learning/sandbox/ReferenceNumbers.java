package org.gefyra.learning.sandbox;

import java.security.SecureRandom;
import java.time.Year;

/** The made-up numbers the pretend websites give at the end: a booking, a request, a receipt. */
public final class ReferenceNumbers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceNumbers() {
    }

    /** A prefix, the year and six digits, in groups that are easy to copy: "TH-2025-482913". */
    public static String next(String prefix) {
        return prefix + "-" + Year.now() + "-" + (100_000 + RANDOM.nextInt(900_000));
    }
}

package org.gefyra.bench;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The card codes a load scenario signs in with: the demo learners', a list, or those of the
 * learners the data generator made ({@code generated:SEED:COUNT}), which follow from the seed and
 * the learner's number alone, so the scenario needs no access to the database.
 */
public final class CardCodes {

    static final List<String> DEMO = List.of("DEM2-FATM", "DEM2-AHMD", "DEM2-ANNA");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int SUFFIX_BITS = 20; // 32^4 codes: the numbers 0 to 1,048,575 each have their own

    private CardCodes() {
    }

    /** The code of the generator's learner number {@code index} (0-based) for a seed. */
    public static String generated(long seed, int index) {
        if (index < 0 || index >= 1 << SUFFIX_BITS) {
            throw new IllegalArgumentException("at most 1,048,576 generated learners");
        }
        long mixed = seed * 0x9E3779B97F4A7C15L;
        int prefix = (int) (mixed >>> 44); // 20 bits from the seed
        int suffix = (int) ((index * 0x9E3B5L + (mixed & 0xFFFFF)) & 0xFFFFF); // a shuffle of the numbers
        return letters(prefix) + letters(suffix);
    }

    private static String letters(int twentyBits) {
        char[] code = new char[4];
        for (int i = 3; i >= 0; i--) {
            code[i] = ALPHABET.charAt(twentyBits & 31);
            twentyBits >>>= 5;
        }
        return new String(code);
    }

    /** Codes in turn, endlessly: {@code null} for the demo learners, "A,B,C" or "generated:SEED:COUNT". */
    static Supplier<String> of(String spec) {
        List<String> codes;
        if (spec != null && spec.startsWith("generated:")) {
            String[] parts = spec.split(":");
            long seed = Long.parseLong(parts[1]);
            int count = Integer.parseInt(parts[2]);
            int[] next = {0};
            return () -> generated(seed, next[0]++ % count);
        }
        codes = spec == null || spec.isBlank() ? DEMO : Arrays.asList(spec.split(","));
        Iterator<String>[] cycle = new Iterator[] {codes.iterator()};
        return () -> {
            synchronized (cycle) {
                if (!cycle[0].hasNext()) {
                    cycle[0] = codes.iterator();
                }
                return cycle[0].next();
            }
        };
    }
}

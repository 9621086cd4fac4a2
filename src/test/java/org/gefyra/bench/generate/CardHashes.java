package org.gefyra.bench.generate;

import java.util.Map;
import java.util.stream.IntStream;
import org.gefyra.bench.CardCodes;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * The hashes of generated learners' card codes, made as the application makes them (PBKDF2), on
 * every core at once. At the application's cost a large network takes hours: fewer iterations may
 * be asked for, and are then written into each hash, so that the server checks them as cheaply.
 */
final class CardHashes {

    static final int AS_THE_APPLICATION = 210_000;

    private final int iterations;
    private final ThreadLocal<Pbkdf2PasswordHashImpl> pbkdf2;

    CardHashes(int iterations) {
        this.iterations = iterations;
        this.pbkdf2 = ThreadLocal.withInitial(() -> {
            Pbkdf2PasswordHashImpl hash = new Pbkdf2PasswordHashImpl();
            hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                    "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                    "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
            return hash;
        });
    }

    int iterations() {
        return iterations;
    }

    /** The hashes of the cards of learners {@code first} to {@code first + count - 1}. */
    String[] of(long seed, int first, int count) {
        return IntStream.range(first, first + count).parallel()
                .mapToObj(i -> pbkdf2.get().generate(CardCodes.generated(seed, i).toCharArray()))
                .toArray(String[]::new);
    }
}

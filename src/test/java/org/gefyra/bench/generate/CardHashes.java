package org.gefyra.bench.generate;

import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.gefyra.bench.CardCodes;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/**
 * The hashes of generated learners' card codes, in the application's format (PBKDF2), made on every
 * core at once. Hashing is what made the generator slow (at the application's 210,000 iterations,
 * a tenth of a core-second per learner: days for a million), so by default:
 * <ul>
 * <li>the first {@code hashed} learners (50,000: as many as a load scenario signs in with) get a
 * hash of their own card code at the least cost allowed (1,024 iterations, written into the hash,
 * so that the server checks it as cheaply: say so beside any figure of signing in with them);</li>
 * <li>every learner after them gets one hash, made once, of a code that nobody has: their cards do
 * not sign in (they sign in with their picture and PIN, or not at all), and nothing else differs.</li>
 * </ul>
 */
final class CardHashes {

    static final int AS_THE_APPLICATION = 210_000;
    static final int CHEAPEST = 1_024;
    static final int HASHED = 50_000;

    private final int iterations;
    private final int hashed;
    private final ThreadLocal<Pbkdf2PasswordHashImpl> pbkdf2;
    private final String nobodys;

    CardHashes(int iterations, int hashed) {
        this.iterations = iterations;
        this.hashed = hashed;
        this.pbkdf2 = ThreadLocal.withInitial(() -> {
            Pbkdf2PasswordHashImpl hash = new Pbkdf2PasswordHashImpl();
            hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                    "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                    "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
            return hash;
        });
        this.nobodys = pbkdf2.get().generate(UUID.randomUUID().toString().toCharArray());
    }

    CardHashes(int iterations) {
        this(iterations, Integer.MAX_VALUE);
    }

    int iterations() {
        return iterations;
    }

    int hashed() {
        return hashed;
    }

    /** The hashes of the cards of learners {@code first} to {@code first + count - 1}. */
    String[] of(long seed, int first, int count) {
        return IntStream.range(first, first + count).parallel()
                .mapToObj(i -> i < hashed ? pbkdf2.get().generate(CardCodes.generated(seed, i).toCharArray()) : nobodys)
                .toArray(String[]::new);
    }
}

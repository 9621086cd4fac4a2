package org.gefyra.shared.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Hashes staff passwords and learners' PINs with PBKDF2, the way Jakarta Security verifies them. */
@ApplicationScoped
public class PasswordHashing {

    /** PBKDF2 iterations of a new hash (OWASP's advice for PBKDF2-HMAC-SHA256). */
    public static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /**
     * {@link #ITERATIONS}; only the integration tests' servers set fewer, because their tests sign
     * in and register learners thousands of times. A hash keeps its own count, and is verified with it.
     */
    @Inject
    @ConfigProperty(name = "GEFYRA_TEST_PASSWORD_HASH_ITERATIONS", defaultValue = "210000")
    int iterations = ITERATIONS;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String secret) {
        return pbkdf2.generate(secret.toCharArray());
    }

    public boolean matches(String secret, String hash) {
        return secret != null && hash != null && pbkdf2.verify(secret.toCharArray(), hash);
    }
}

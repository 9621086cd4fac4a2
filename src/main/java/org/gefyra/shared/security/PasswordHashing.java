package org.gefyra.shared.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes staff passwords and learners' PINs with PBKDF2, the way Jakarta Security verifies them. */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
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

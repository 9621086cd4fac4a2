package org.gefyra.shared.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

/** The integration tests' servers hash with fewer iterations; nothing else may. */
class PasswordHashingTest {

    @Test
    void aNewHashTakesTheProductionIterationsUnlessToldOtherwise() {
        PasswordHashing hashing = TestHashing.create();
        String hash = hashing.hash("a long enough password");
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:" + PasswordHashing.ITERATIONS + ":"), hash);
        assertTrue(hashing.matches("a long enough password", hash));
        assertFalse(hashing.matches("another password", hash));
    }

    @Test
    void aHashOfFewerIterationsIsVerifiedWithItsOwnCount() {
        PasswordHashing few = new PasswordHashing();
        few.pbkdf2 = new Pbkdf2PasswordHashImpl();
        few.iterations = 1024;
        few.configure();
        String hash = few.hash("1234");
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:1024:"), hash);
        assertTrue(TestHashing.create().matches("1234", hash), "the production settings verify a test server's hash");
        assertFalse(TestHashing.create().matches("1235", hash));
    }
}

package org.gefyra.shared.security;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;

/** The application's password hashing on Jakarta Security's reference PBKDF2, for unit tests. */
public final class TestHashing {

    private TestHashing() {
    }

    public static PasswordHashing create() {
        PasswordHashing hashing = new PasswordHashing();
        hashing.pbkdf2 = new Pbkdf2PasswordHashImpl();
        hashing.configure();
        return hashing;
    }
}

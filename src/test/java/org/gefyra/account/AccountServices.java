package org.gefyra.account;

import jakarta.persistence.EntityManager;
import org.gefyra.shared.security.TestHashing;

/** An account service over a test database, for tests of other packages. */
public final class AccountServices {

    private AccountServices() {
    }

    public static AccountService on(EntityManager em) {
        AccountService service = new AccountService();
        service.em = em;
        service.hashing = TestHashing.create();
        return service;
    }
}

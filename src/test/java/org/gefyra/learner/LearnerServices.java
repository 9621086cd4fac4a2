package org.gefyra.learner;

import jakarta.persistence.EntityManager;
import org.gefyra.shared.security.TestHashing;

/** A learner service over a test database, for tests of other packages. */
public final class LearnerServices {

    private LearnerServices() {
    }

    public static LearnerService on(EntityManager em) {
        LearnerService service = new LearnerService();
        service.em = em;
        service.hashing = TestHashing.create();
        return service;
    }
}

package org.gefyra.learning;

import jakarta.persistence.EntityManager;

/** For tests of other packages: the real progress service on a test database. */
public final class TestProgressService {

    private TestProgressService() {
    }

    public static ProgressService on(EntityManager em) {
        ProgressService progress = new ProgressService();
        progress.em = em;
        progress.locks = new LearnerLocks();
        return progress;
    }
}

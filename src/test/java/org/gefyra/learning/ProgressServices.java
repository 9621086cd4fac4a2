package org.gefyra.learning;

import jakarta.persistence.EntityManager;
import org.gefyra.content.ContentLibrary;

/** A progress service over a test database, for tests of the floors above learning. */
public final class ProgressServices {

    private ProgressServices() {
    }

    public static ProgressService on(EntityManager em, ContentLibrary library) {
        ProgressService service = new ProgressService();
        service.em = em;
        service.library = library;
        service.locks = new LearnerLocks();
        return service;
    }
}

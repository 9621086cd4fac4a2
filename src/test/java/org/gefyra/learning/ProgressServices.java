package org.gefyra.learning;

import org.gefyra.content.ContentLibrary;
import org.gefyra.shared.TestDatabase;

/** A progress service over a test database, for tests of the floors above learning. */
public final class ProgressServices {

    private ProgressServices() {
    }

    public static ProgressService on(TestDatabase db, ContentLibrary library) {
        ProgressService service = new ProgressService();
        service.em = db.em;
        service.journal = journal(db);
        service.library = library;
        service.locks = new LearnerLocks();
        return service;
    }

    /** A learning journal writing to the test database from a plain thread. */
    public static LearningJournal journal(TestDatabase db) {
        return new LearningJournal(db.dataSource, runnable -> {
            Thread writer = new Thread(runnable, "test journal");
            writer.setDaemon(true);
            return writer;
        });
    }
}

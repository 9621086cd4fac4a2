package org.gefyra.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostConnectionAFullDiskAndDerbysWriteFailuresAreOutagesWhereverTheyAreWrapped() {
        for (String state : new String[] {"08003", "53100", "57P01", "XSDG1", "XSLA6", "XJ040"}) {
            assertTrue(DatabaseOutage.causedBy(new PersistenceException(new SQLException("down", state))), state);
        }
        SQLException chained = new SQLException("batch", "XJ208");
        chained.setNextException(new SQLException("no room", "53100"));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(chained)));
        assertTrue(DatabaseOutage.causedBy(new IllegalStateException(new IOException("No space left on device"))));
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(derbyJavaException("org.apache.derby.impl.store.raw.data"
                + ".BaseDataFileFactory"))), "Derby's store closed under a request while the database shuts down");
        assertTrue(DatabaseOutage.causedBy(new PersistenceException(derbyJavaException("org.apache.derby.impl.services.cache"
                + ".ConcurrentCache"))), "or its caches");
    }

    @Test
    void conflictsAndOtherFailuresAreNot() {
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(new SQLException("deadlock", "40P01"))));
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(new SQLException("duplicate", "23505"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException(new IOException("Broken pipe"))));
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(derbyJavaException("org.gefyra.report.SomeFunction"))),
                "a Java exception from elsewhere (a function of ours) is a fault, not an outage");
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(derbyJavaException("org.apache.derby.impl.sql.compile"
                + ".OptimizerImpl"))), "nor is one of Derby's compiler");
    }

    /** Derby's XJ001 around a NullPointerException thrown in {@code thrower}. */
    private static SQLException derbyJavaException(String thrower) {
        NullPointerException inside = new NullPointerException("Cannot invoke \"CacheManager.find(Object)\" because "
                + "\"this.containerCache\" is null");
        inside.setStackTrace(new StackTraceElement[] {new StackTraceElement(thrower, "openContainer", null, 1)});
        return new SQLException("Java exception: 'Cannot invoke ...: java.lang.NullPointerException'.", "XJ001", inside);
    }
}

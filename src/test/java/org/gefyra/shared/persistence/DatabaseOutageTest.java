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
    }

    @Test
    void conflictsAndOtherFailuresAreNot() {
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(new SQLException("deadlock", "40P01"))));
        assertFalse(DatabaseOutage.causedBy(new PersistenceException(new SQLException("duplicate", "23505"))));
        assertFalse(DatabaseOutage.causedBy(new IllegalStateException(new IOException("Broken pipe"))));
    }
}

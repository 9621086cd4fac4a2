package org.gefyra.shared.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class WriteConflictTest {

    @Test
    void deadlocksSerializationFailuresAndLockTimeoutsAreConflictsWhereverTheyAreWrapped() {
        for (String state : new String[] {"40001", "40P01", "40XL1", "40XL2"}) {
            assertTrue(WriteConflict.causedBy(new PersistenceException(new RuntimeException(
                    new SQLTransactionRollbackException("refused", state)))), state);
        }
        SQLException chained = new SQLException("batch", "XJ208");
        chained.setNextException(new SQLException("deadlock", "40P01"));
        assertTrue(WriteConflict.causedBy(new IllegalStateException(chained)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(WriteConflict.causedBy(new PersistenceException(new SQLException("duplicate", "23505"))));
        assertFalse(WriteConflict.causedBy(new PersistenceException(new SQLException("no state"))));
        assertFalse(WriteConflict.causedBy(new IllegalStateException("no database at all")));
    }
}

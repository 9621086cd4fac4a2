package org.gefyra.shared.persistence;

/**
 * Whether a failure is the database refusing a transaction because another one was in its way: a
 * deadlock, a serialization failure or a lock not obtained in time (SQL state class 40: 40001 and
 * 40P01 on PostgreSQL, 40XL1 and 40XL2 on Derby, which also answers 40XL1 when two requests ask at
 * once for the next block of an identity column's numbers). Nothing of the refused transaction was
 * kept, and the same request a moment later succeeds.
 */
public final class WriteConflict {

    private WriteConflict() {
    }

    public static boolean causedBy(Throwable thrown) {
        return SqlCauses.any(thrown, sql -> sql.getSQLState() != null && sql.getSQLState().startsWith("40"));
    }
}

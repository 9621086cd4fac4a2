package org.gefyra.shared.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Lets the servers that share one database take turns: taking a turn updates its row in
 * {@code turn_lock}, and the database holds that row's lock until the transaction ends, so a
 * transaction on another server (or another thread) that takes the same turn waits until then.
 * An update locks the row the same way on Derby and PostgreSQL, which {@code SELECT ... FOR
 * UPDATE} does not at read committed.
 */
@ApplicationScoped
public class TurnLocks {

    public static final String STARTUP = "startup";

    @PersistenceContext
    EntityManager em;

    protected TurnLocks() {
    }

    /** Turns taken through a given entity manager (unit tests, in Java SE). */
    public TurnLocks(EntityManager em) {
        this.em = em;
    }

    /** Waits for the turn, and keeps it until the current transaction commits or rolls back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void take(String name) {
        int taken = em.createNativeQuery("update turn_lock set taken_at = ? where name = ?")
                .setParameter(1, Timestamp.from(Instant.now()))
                .setParameter(2, name)
                .executeUpdate();
        if (taken != 1) {
            throw new IllegalStateException("There is no turn lock named " + name);
        }
    }
}

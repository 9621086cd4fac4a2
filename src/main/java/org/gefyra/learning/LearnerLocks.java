package org.gefyra.learning;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Lets one learner's overlapping requests (a double tap, two tabs, a retry) change their progress
 * one after the other: each waits until the previous one is committed, then sees what it wrote.
 * Different learners rarely share a stripe, and never wait long: a stripe not free within a
 * few seconds is passed, and the database's own locks keep the data right.
 */
@ApplicationScoped
public class LearnerLocks {

    private static final Logger LOG = Logger.getLogger(LearnerLocks.class.getName());
    private static final long LONGEST_WAIT_MS = 10_000;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Semaphore[] stripes = new Semaphore[1024];

    public LearnerLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new Semaphore(1);
        }
    }

    /** Waits for this learner's earlier changes, and holds them off until the current transaction ends. */
    void holdUntilCommit(LearnerKey who) {
        if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return; // outside a container transaction (unit tests) nothing overlaps
        }
        Semaphore stripe = stripes[Math.floorMod(who.hashCode(), stripes.length)];
        try {
            if (!stripe.tryAcquire(LONGEST_WAIT_MS, TimeUnit.MILLISECONDS)) {
                LOG.fine("Went on without waiting for an earlier request of the same learner");
                return;
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                stripe.release();
            }
        });
    }
}

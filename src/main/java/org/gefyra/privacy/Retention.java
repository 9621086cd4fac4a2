package org.gefyra.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.gefyra.learning.LearningJournal;

/**
 * Retention: learners not seen for the configured number of months are anonymised as an erasure
 * does it, and guests' events older than that are tied to no visit any more. Several servers may
 * share the database: the run takes the {@code retention} turn lock row by updating it only if
 * no run happened in the last {@link #AT_MOST_EVERY}, so one server runs and the others skip.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class.getName());
    static final Duration AT_MOST_EVERY = Duration.ofHours(20);
    static final int MOST_PER_RUN = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Erasure erasure;

    @Inject
    LearningJournal journal;

    /** What one run did; null learners and guest events when another server had its turn. */
    public record Done(boolean ran, int learners, long guestEvents, Instant before) {
    }

    /** Runs once if no server ran within {@link #AT_MOST_EVERY}; returns what it did and logs it. */
    @Transactional
    public Done run(Instant now, int months) {
        if (!takeTurn(now)) {
            LOG.fine("Retention: another server ran it lately");
            return new Done(false, 0, 0, null);
        }
        Instant before = now.atZone(ZoneOffset.UTC).minusMonths(Math.max(1, months)).toInstant();
        List<Long> inactive = em.createQuery("select l.id from Learner l where l.erasedAt is null and "
                        + "((l.lastSeenAt is null and l.createdAt < ?1) or l.lastSeenAt < ?1) order by l.id", Long.class)
                .setParameter(1, before).setMaxResults(MOST_PER_RUN).getResultList();
        int anonymised = 0;
        for (long id : inactive) {
            if (erasure.anonymise(id)) {
                anonymised++;
            }
        }
        long guestEvents = em.createQuery("select count(e) from LearningEvent e where e.guestKey is not null "
                + "and e.occurredAt < ?1", Long.class).setParameter(1, before).getSingleResult();
        journal.forgetGuestsBefore(before);
        int done = anonymised;
        LOG.info(() -> "Retention: anonymised " + done + " learners not seen since " + before
                + " and " + guestEvents + " guests' learning events from before then");
        return new Done(true, anonymised, guestEvents, before);
    }

    private boolean takeTurn(Instant now) {
        return em.createNativeQuery("UPDATE turn_lock SET taken_at = ? WHERE name = 'retention' "
                        + "AND (taken_at IS NULL OR taken_at < ?)")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, Timestamp.from(now.minus(AT_MOST_EVERY)))
                .executeUpdate() == 1;
    }
}

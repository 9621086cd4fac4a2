package org.gefyra.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gefyra.shared.persistence.TurnLocks;

/**
 * The attempts counted against the guessing limits, kept in the database so that every server
 * sharing it counts the same ones (and a restart forgives nothing). Each call is a transaction
 * of its own that takes the limit key's turn, so that attempts sent at the same moment, to this
 * server or another, are counted one after the other.
 */
@ApplicationScoped
public class SignInAttempts {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_DELAY = Duration.ofHours(1);
    private static final int STRIPES = 16;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    /** What counting an attempt found. */
    enum Outcome {
        /** Counted: it may be checked. */
        COUNTED,
        /** At the limit, but some of the attempts counted are still being checked on this server. */
        AT_LIMIT_WHILE_CHECKED_HERE,
        /** Refused for a while. */
        REFUSED
    }

    /** An outcome; with a refusal how long the key is refused, once counted the attempt's row. */
    record Counting(Outcome outcome, Duration refusedFor, Long id) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    TurnLocks turns;

    private final Clock clock;
    private volatile Instant sweptAt = Instant.EPOCH;

    public SignInAttempts() {
        this(Clock.systemUTC());
    }

    SignInAttempts(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts attempts with a limit key sent at the same moment, one after the other as if each
     * came alone, in one transaction: past the limit allowed in the window, every attempt is
     * refused for a delay that doubles with each attempt counted past it. {@code checkedHere} of
     * the attempts counted before are still being checked on this server: if only they (and those
     * counted now) hold the key at its limit, an attempt is not counted but not refused either,
     * because right ones among them are about to be refunded.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Counting> count(String limitKey, int allowed, int checkedHere, int attempts) {
        turns.take(stripe(limitKey));
        Instant now = clock.instant();
        List<Instant> counted = new ArrayList<>(em.createQuery("select a from SignInAttempt a where a.limitKey = ?1"
                        + " and a.attemptedAt > ?2 order by a.attemptedAt", SignInAttempt.class)
                .setParameter(1, limitKey).setParameter(2, now.minus(WINDOW))
                .getResultStream().map(SignInAttempt::attemptedAt).toList());
        SignInAttempt[] rows = new SignInAttempt[attempts];
        Counting[] outcomes = new Counting[attempts];
        int checked = checkedHere;
        for (int i = 0; i < attempts; i++) {
            if (counted.size() >= allowed) {
                Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(counted.size() - allowed, 6));
                Instant until = counted.get(counted.size() - 1).plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
                if (until.isAfter(now)) {
                    outcomes[i] = new Counting(counted.size() - checked < allowed ? Outcome.AT_LIMIT_WHILE_CHECKED_HERE
                            : Outcome.REFUSED, Duration.between(now, until), null);
                    continue;
                }
            }
            rows[i] = new SignInAttempt(limitKey, now);
            em.persist(rows[i]);
            counted.add(now);
            checked++;
        }
        em.flush();
        sweepNowAndThen(now);
        for (int i = 0; i < attempts; i++) {
            if (rows[i] != null) {
                outcomes[i] = new Counting(Outcome.COUNTED, Duration.ZERO, rows[i].id());
            }
        }
        return List.of(outcomes);
    }

    /**
     * An attempt was right: it no longer counts. Its own row goes, so this needs no turn: right
     * sign-ins from one place at the same moment take turns only to be counted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refund(long id) {
        em.createQuery("delete from SignInAttempt a where a.id = ?1").setParameter(1, id).executeUpdate();
    }

    /** Every attempt with this key is forgiven. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forgive(String limitKey) {
        turns.take(stripe(limitKey));
        em.createQuery("delete from SignInAttempt a where a.limitKey = ?1 and a.attemptedAt > ?2")
                .setParameter(1, limitKey).setParameter(2, clock.instant().minus(WINDOW))
                .executeUpdate();
    }

    /**
     * Attempts older than the window no longer count; at most once a minute a server deletes
     * those older than twice the window, rows that no attempt, refund or forgiving touches any more.
     */
    private void sweepNowAndThen(Instant now) {
        if (sweptAt.plus(SWEEP_EVERY).isAfter(now)) {
            return;
        }
        sweptAt = now;
        em.createQuery("delete from SignInAttempt a where a.attemptedAt < ?1")
                .setParameter(1, now.minus(WINDOW.multipliedBy(2)))
                .executeUpdate();
    }

    private static String stripe(String limitKey) {
        return "sign-in-" + Math.floorMod(limitKey.hashCode(), STRIPES);
    }
}

package org.gefyra.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.gefyra.shared.persistence.TurnLocks;

/**
 * Slows down guessing. Each limit allows a number of wrong attempts per key (a user name, an
 * address, a kiosk) within a quarter of an hour; past it, every attempt is refused, the right one
 * too, for a delay that doubles with each further wrong attempt counted before the refusal began.
 * The attempts are kept in the database, so that every server sharing it counts the same ones
 * (and a restart forgives nothing); sign-ins are rare enough for a few small writes each.
 */
@ApplicationScoped
public class SignInThrottle {

    /** The limits, with how many wrong attempts each allows in the window. */
    public enum Limit {
        PASSWORD_PER_USER(5), PASSWORD_PER_ADDRESS(20), CARD_PER_DEVICE(10), JOIN_CODE_PER_DEVICE(10);

        final int allowed;

        Limit(int allowed) {
            this.allowed = allowed;
        }
    }

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_DELAY = Duration.ofHours(1);
    private static final int STRIPES = 16;
    private static final int LONGEST_KEY = 300;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    TurnLocks turns;

    private final Clock clock;
    private volatile Instant sweptAt = Instant.EPOCH;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts an attempt before it is checked, so that attempts sent at the same moment (to this
     * server or another) cannot slip past the limit: they take turns on the key's stripe. Returns
     * how long to wait instead, if attempts with this key are refused.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Duration> attempt(Limit limit, String key) {
        String limitKey = limitKey(limit, key);
        turns.take(stripe(limitKey));
        Instant now = clock.instant();
        List<Instant> counted = em.createQuery("select a from SignInAttempt a where a.limitKey = ?1"
                        + " and a.attemptedAt > ?2 order by a.attemptedAt", SignInAttempt.class)
                .setParameter(1, limitKey).setParameter(2, now.minus(WINDOW))
                .getResultStream().map(SignInAttempt::attemptedAt).toList();
        if (counted.size() >= limit.allowed) {
            Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(counted.size() - limit.allowed, 6));
            Instant until = counted.get(counted.size() - 1).plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
            if (until.isAfter(now)) {
                return Optional.of(Duration.between(now, until));
            }
        }
        em.persist(new SignInAttempt(limitKey, now));
        sweepNowAndThen(now);
        return Optional.empty();
    }

    /** The attempt was right: it no longer counts against the key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refund(Limit limit, String key) {
        String limitKey = limitKey(limit, key);
        turns.take(stripe(limitKey));
        em.createQuery("select a from SignInAttempt a where a.limitKey = ?1 and a.attemptedAt > ?2"
                        + " order by a.attemptedAt desc, a.id desc", SignInAttempt.class)
                .setParameter(1, limitKey).setParameter(2, clock.instant().minus(WINDOW))
                .setMaxResults(1)
                .getResultStream().findFirst().ifPresent(em::remove);
    }

    /** The person proved who they are: earlier wrong attempts with this key are forgiven. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forgive(Limit limit, String key) {
        String limitKey = limitKey(limit, key);
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

    /** A key as stored: user names come from anyone, so a long one is stored as its hash. */
    static String limitKey(Limit limit, String key) {
        String limitKey = limit + ":" + key;
        return limitKey.length() <= LONGEST_KEY ? limitKey : limit + "#" + sha256(key);
    }

    private static String stripe(String limitKey) {
        return "sign-in-" + Math.floorMod(limitKey.hashCode(), STRIPES);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

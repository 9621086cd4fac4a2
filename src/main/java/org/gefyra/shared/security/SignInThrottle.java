package org.gefyra.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;

/**
 * Slows down guessing. Each limit allows a number of wrong attempts per key (a user name, an
 * address, a kiosk) within a quarter of an hour; past it, every attempt is refused, the right one
 * too, for a delay that doubles with each further wrong attempt counted before the refusal began.
 *
 * <p>An attempt is counted before it is checked ({@link SignInAttempts}), so that attempts sent
 * at the same moment cannot slip past the limit, and a right one is refunded once checked. Until
 * then it counts like a wrong one: a library's learners signing in at the same moment from one
 * address (or a class of tablets behind one router) would fill the limit with right attempts and
 * be refused. So an attempt that finds the key at its limit only because of attempts this server
 * is still checking waits for them to be checked (a short while) instead of being refused; the
 * number of attempts let through at once never exceeds the limit. A right attempt is refunded by
 * deleting its own row, which needs no turn; attempts with one key that arrive while another is
 * being counted are counted together, in one transaction (2,000 kiosk learners signing in from one
 * address queued for the key's turn, one commit each, and held the server's threads meanwhile).
 */
@ApplicationScoped
public class SignInThrottle {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());

    /** The limits, with how many wrong attempts each allows in the window. */
    public enum Limit {
        PASSWORD_PER_USER(5), PASSWORD_PER_ADDRESS(20), CARD_PER_DEVICE(10), JOIN_CODE_PER_DEVICE(10);

        final int allowed;

        Limit(int allowed) {
            this.allowed = allowed;
        }
    }

    /** How long an attempt waits at most for attempts still being checked, before it is refused. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
    private static final int LONGEST_KEY = 300;

    @Inject
    SignInAttempts attempts;

    private final CheckedHere checkedHere = new CheckedHere();
    private final Stripe[] stripes = IntStream.range(0, 64).mapToObj(i -> new Stripe()).toArray(Stripe[]::new);

    public SignInThrottle() {
    }

    SignInThrottle(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    /**
     * Counts an attempt before it is checked, or refuses it if attempts with this key are refused
     * for a while. Close it once checked (try-with-resources), after {@link Attempt#right} if it
     * was right.
     */
    public Attempt attempt(Limit limit, String key) {
        String limitKey = limitKey(limit, key);
        long deadline = System.nanoTime() + LONGEST_WAIT.toNanos();
        Stripe stripe = stripes[Math.floorMod(limitKey.hashCode(), stripes.length)];
        while (true) {
            Waiting me = new Waiting(limitKey, limit.allowed);
            stripe.waiting.add(me);
            stripe.counting.lock();
            try {
                if (me.counted == null && me.failed == null) {
                    countAll(stripe);
                }
            } finally {
                stripe.counting.unlock();
            }
            if (me.failed != null) {
                throw me.failed;
            }
            if (me.counted == null) {
                throw new IllegalStateException("The attempt was taken to be counted and was not: counting failed");
            }
            if (me.counted.outcome() == SignInAttempts.Outcome.COUNTED) {
                return new Attempt(limitKey, me.counted.id(), null);
            }
            if (me.counted.outcome() == SignInAttempts.Outcome.REFUSED || !checkedHere.awaitAnotherEnd(me.seen, deadline)) {
                return new Attempt(limitKey, null, me.counted.refusedFor());
            }
        }
    }

    /**
     * Counts every attempt waiting on the stripe, those of one key in one transaction (the
     * database's turn makes the attempts of one key take turns anyway: under load from one
     * address, one commit now counts all that came meanwhile). Holds the stripe's lock, so that
     * the attempts this server is checking are known exactly.
     */
    private void countAll(Stripe stripe) {
        Map<String, List<Waiting>> byKey = new LinkedHashMap<>();
        for (Waiting next = stripe.waiting.poll(); next != null; next = stripe.waiting.poll()) {
            byKey.computeIfAbsent(next.limitKey, k -> new ArrayList<>()).add(next);
        }
        for (Map.Entry<String, List<Waiting>> one : byKey.entrySet()) {
            List<Waiting> waiting = one.getValue();
            try {
                CheckedHere.Seen seen = checkedHere.seen(one.getKey());
                List<SignInAttempts.Counting> counted = attempts.count(one.getKey(), waiting.get(0).allowed,
                        seen.checking(), waiting.size());
                for (int i = 0; i < waiting.size(); i++) {
                    if (counted.get(i).outcome() == SignInAttempts.Outcome.COUNTED) {
                        checkedHere.start(one.getKey());
                    }
                    waiting.get(i).seen = seen;
                    waiting.get(i).counted = counted.get(i);
                }
            } catch (RuntimeException failed) {
                waiting.forEach(w -> w.failed = failed);
            }
        }
    }

    /** The attempts of one stripe of keys waiting to be counted, and the lock of whoever counts them. */
    private static final class Stripe {
        final ReentrantLock counting = new ReentrantLock();
        final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    }

    /** An attempt waiting to be counted; its outcome is set under the stripe's lock. */
    private static final class Waiting {
        final String limitKey;
        final int allowed;
        CheckedHere.Seen seen;
        SignInAttempts.Counting counted;
        RuntimeException failed;

        Waiting(String limitKey, int allowed) {
            this.limitKey = limitKey;
            this.allowed = allowed;
        }
    }

    /** One attempt: refused, or counted until it is found right. */
    public final class Attempt implements AutoCloseable {

        private final String limitKey;
        private final Long id;
        private final Duration refusedFor;
        private boolean closed;

        private Attempt(String limitKey, Long id, Duration refusedFor) {
            this.limitKey = limitKey;
            this.id = id;
            this.refusedFor = refusedFor;
        }

        /** How long to wait, if attempts with this key are refused. */
        public Optional<Duration> refused() {
            return Optional.ofNullable(refusedFor);
        }

        public boolean isRefused() {
            return refusedFor != null;
        }

        /**
         * It was right: it no longer counts against the key. A refund that cannot be written (a full
         * disk) leaves the attempt counted, one of the key's allowance, and the right sign-in stands.
         */
        public void right() {
            if (id != null) {
                try {
                    attempts.refund(id);
                } catch (RuntimeException notWritten) {
                    LOG.log(Level.WARNING, "A right attempt stays counted: its refund was not written", notWritten);
                }
            }
        }

        /** It has been checked; if it was not found right, it stays counted. */
        @Override
        public void close() {
            if (id != null && !closed) {
                closed = true;
                checkedHere.end(limitKey);
            }
        }
    }

    /** The person proved who they are: earlier wrong attempts with this key are forgiven. */
    public void forgive(Limit limit, String key) {
        attempts.forgive(limitKey(limit, key));
    }

    /** A key as stored: user names come from anyone, so a long one is stored as its hash. */
    static String limitKey(Limit limit, String key) {
        String limitKey = limit + ":" + key;
        return limitKey.length() <= LONGEST_KEY ? limitKey : limit + "#" + sha256(key);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The attempts this server has counted and is checking now, per limit key, and a way to wait
     * for one of them to end. Only keys with attempts being checked or waited for are kept.
     */
    static final class CheckedHere {

        private final ReentrantLock lock = new ReentrantLock();
        private final Map<String, Key> keys = new HashMap<>();

        private final class Key {
            int checking;
            int waiting;
            long ended;
            final Condition endedOne = lock.newCondition();
        }

        /** What was known of a key at one moment: how many attempts were being checked, and how many had ended. */
        record Seen(String limitKey, Key key, int checking, long ended) {
        }

        Seen seen(String limitKey) {
            lock.lock();
            try {
                Key key = keys.get(limitKey);
                return key == null ? new Seen(limitKey, null, 0, 0) : new Seen(limitKey, key, key.checking, key.ended);
            } finally {
                lock.unlock();
            }
        }

        void start(String limitKey) {
            lock.lock();
            try {
                keys.computeIfAbsent(limitKey, k -> new Key()).checking++;
            } finally {
                lock.unlock();
            }
        }

        /** An attempt with the key has been checked. */
        void end(String limitKey) {
            lock.lock();
            try {
                Key key = keys.get(limitKey);
                if (key != null) {
                    key.checking--;
                    key.ended++;
                    key.endedOne.signalAll();
                    forgetIfIdle(limitKey, key);
                }
            } finally {
                lock.unlock();
            }
        }

        /**
         * Waits until an attempt with the key ends after what was seen, or the deadline
         * ({@link System#nanoTime}) passes; false if it passed.
         */
        boolean awaitAnotherEnd(Seen seen, long deadline) {
            lock.lock();
            try {
                Key key = keys.get(seen.limitKey());
                if (seen.key() == null || key != seen.key()) {
                    return true; // every attempt that was being checked with the key has ended
                }
                key.waiting++;
                try {
                    while (key.ended <= seen.ended()) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return false;
                        }
                        key.endedOne.await(left, TimeUnit.NANOSECONDS);
                    }
                    return true;
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                } finally {
                    key.waiting--;
                    forgetIfIdle(seen.limitKey(), key);
                }
            } finally {
                lock.unlock();
            }
        }

        private void forgetIfIdle(String limitKey, Key key) {
            if (key.checking <= 0 && key.waiting == 0) {
                keys.remove(limitKey);
            }
        }
    }
}

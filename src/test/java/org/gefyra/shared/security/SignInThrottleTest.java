package org.gefyra.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gefyra.shared.security.SignInThrottle.Limit;
import java.util.concurrent.atomic.AtomicInteger;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.persistence.TurnLocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guessing slows down: a few wrong tries are free, then every try waits, longer each time; and
 * every server sharing the database counts the same tries.
 */
class SignInThrottleTest {

    private static TestDatabase db;

    private Instant now = Instant.parse("2026-11-30T10:00:00Z").plusSeconds(3600L * COUNT.incrementAndGet());
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private static final AtomicInteger COUNT = new AtomicInteger();
    private final Server throttle = new Server();

    @BeforeAll
    static void database() {
        db = new TestDatabase();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void twoServersSharingTheDatabaseCountTheSameTries() {
        Server other = new Server();
        for (int i = 0; i < 5; i++) {
            Server either = i % 2 == 0 ? throttle : other;
            assertEquals(Optional.empty(), either.wrong(Limit.PASSWORD_PER_USER, "eleni"));
        }
        assertTrue(throttle.attempt(Limit.PASSWORD_PER_USER, "eleni").isPresent(), "the sixth try waits on one server");
        assertTrue(other.attempt(Limit.PASSWORD_PER_USER, "eleni").isPresent(), "and on the other");
        other.forgive(Limit.PASSWORD_PER_USER, "eleni");
        assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_USER, "eleni"),
                "proving who you are on one server forgives on both");
    }

    @Test
    void aVeryLongUserNameIsCountedLikeAnyOther() {
        String name = "x".repeat(5000);
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.wrong(Limit.PASSWORD_PER_USER, name));
        }
        assertTrue(throttle.attempt(Limit.PASSWORD_PER_USER, name).isPresent());
        assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_USER, name + "y"), "a different long name does not wait");
    }

    @Test
    void fiveWrongPasswordsForOneUserThenEveryTryWaits() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.wrong(Limit.PASSWORD_PER_USER, "dimitra"));
        }
        assertTrue(throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra").isPresent(), "the sixth try waits");
        assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_USER, "johan"), "others do not");
    }

    @Test
    void theDelayGrowsWithEachWrongTryAfterIt() {
        for (int i = 0; i < 5; i++) {
            throttle.wrong(Limit.PASSWORD_PER_USER, "dimitra");
        }
        Duration first = throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra").orElseThrow();
        now = now.plus(first).plusSeconds(1);
        assertEquals(Optional.empty(), throttle.wrong(Limit.PASSWORD_PER_USER, "dimitra"), "one more try after the wait");
        Duration second = throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra").orElseThrow();
        assertTrue(second.compareTo(first) > 0, "and then a longer wait");
    }

    @Test
    void wrongTriesOlderThanAQuarterOfAnHourNoLongerCount() {
        for (int i = 0; i < 5; i++) {
            throttle.wrong(Limit.PASSWORD_PER_USER, "dimitra");
        }
        now = now.plus(Duration.ofMinutes(16));
        assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra"));
    }

    @Test
    void aRightTryIsRefundedAndProvingWhoYouAreForgivesTheRest() {
        for (int i = 0; i < 25; i++) {
            throttle.attempt(Limit.PASSWORD_PER_ADDRESS, "10.0.0.1");
            throttle.right(Limit.PASSWORD_PER_ADDRESS, "10.0.0.1");
        }
        assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_ADDRESS, "10.0.0.1"),
                "right sign-ins from a library's one address never count");
        for (int i = 0; i < 4; i++) {
            throttle.wrong(Limit.PASSWORD_PER_USER, "dimitra");
        }
        throttle.forgive(Limit.PASSWORD_PER_USER, "dimitra");
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.wrong(Limit.PASSWORD_PER_USER, "dimitra"));
        }
    }

    @Test
    void rightCardsAtOnceFromOneAddressAreNotRefusedWhileOthersAreChecked() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertEquals(Optional.empty(), throttle.attempt(Limit.CARD_PER_DEVICE, "address:10.0.0.2"),
                    "ten learners of one library sign in at the same moment");
        }
        ExecutorService eleventh = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<Duration>> attempt = eleventh.submit(() -> throttle.attempt(Limit.CARD_PER_DEVICE, "address:10.0.0.2"));
            assertThrows(TimeoutException.class, () -> attempt.get(300, TimeUnit.MILLISECONDS),
                    "the eleventh waits while the ten are checked");
            throttle.right(Limit.CARD_PER_DEVICE, "address:10.0.0.2");
            assertEquals(Optional.empty(), attempt.get(5, TimeUnit.SECONDS), "and goes on as soon as a right one is refunded");
        } finally {
            eleventh.shutdownNow();
        }
    }

    @Test
    void aTryWaitingForOthersIsRefusedIfTheyWereWrong() throws Exception {
        for (int i = 0; i < 10; i++) {
            throttle.attempt(Limit.CARD_PER_DEVICE, "address:10.0.0.3");
        }
        ExecutorService eleventh = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<Duration>> attempt = eleventh.submit(() -> throttle.attempt(Limit.CARD_PER_DEVICE, "address:10.0.0.3"));
            assertThrows(TimeoutException.class, () -> attempt.get(300, TimeUnit.MILLISECONDS));
            for (int i = 0; i < 10; i++) {
                throttle.checked(Limit.CARD_PER_DEVICE, "address:10.0.0.3");
            }
            assertTrue(attempt.get(5, TimeUnit.SECONDS).isPresent(), "ten wrong codes: the eleventh is refused");
        } finally {
            eleventh.shutdownNow();
        }
    }

    @Test
    void attemptsCheckedOnAnotherServerAreNotWaitedFor() {
        Server other = new Server();
        for (int i = 0; i < 10; i++) {
            other.attempt(Limit.CARD_PER_DEVICE, "address:10.0.0.4");
        }
        long started = System.nanoTime();
        assertTrue(throttle.attempt(Limit.CARD_PER_DEVICE, "address:10.0.0.4").isPresent(),
                "this server cannot know whether the other's attempts are right: they count");
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(3), "and it says so at once");
    }

    @Test
    void attemptsCountedTogetherAreCountedAsIfOneCameAfterAnother() {
        SignInAttempts attempts = new SignInAttempts(clock);
        attempts.em = db.em;
        attempts.turns = new TurnLocks(db.em);
        java.util.List<SignInAttempts.Counting> counted = db.inTransaction(
                () -> attempts.count("CARD_PER_DEVICE:address:10.0.0.5", 10, 0, 15));
        assertEquals(10, counted.stream().filter(c -> c.outcome() == SignInAttempts.Outcome.COUNTED)
                .map(SignInAttempts.Counting::id).distinct().count(), "ten counted, each with a row of its own");
        assertTrue(counted.subList(10, 15).stream().allMatch(c -> c.outcome() == SignInAttempts.Outcome.AT_LIMIT_WHILE_CHECKED_HERE),
                "the five others wait for them");
        assertEquals(SignInAttempts.Outcome.REFUSED, db.inTransaction(
                () -> attempts.count("CARD_PER_DEVICE:address:10.0.0.5", 10, 0, 1)).get(0).outcome(),
                "for a server checking none of them, ten counted are ten wrong");
    }

    /**
     * One server's throttle, each call to the database in a transaction of its own as the
     * container runs it (one at a time: the test's entity manager is shared).
     */
    private final class Server {

        private final SignInThrottle throttle;
        /** Attempts let through and not yet checked, per key, the latest last. */
        private final Map<String, Deque<SignInThrottle.Attempt>> open = new ConcurrentHashMap<>();

        Server() {
            SignInAttempts attempts = new SignInAttempts(clock) {
                @Override
                public java.util.List<Counting> count(String limitKey, int allowed, int checkedHere, int attempts) {
                    synchronized (db) {
                        return db.inTransaction(() -> super.count(limitKey, allowed, checkedHere, attempts));
                    }
                }

                @Override
                public void refund(long id) {
                    synchronized (db) {
                        db.run(() -> super.refund(id));
                    }
                }

                @Override
                public void forgive(String limitKey) {
                    synchronized (db) {
                        db.run(() -> super.forgive(limitKey));
                    }
                }
            };
            attempts.em = db.em;
            attempts.turns = new TurnLocks(db.em);
            throttle = new SignInThrottle(attempts);
        }

        /** An attempt, left open as if still being checked. */
        Optional<Duration> attempt(Limit limit, String key) {
            SignInThrottle.Attempt attempt = throttle.attempt(limit, key);
            if (!attempt.isRefused()) {
                open.computeIfAbsent(limit + key, k -> new ConcurrentLinkedDeque<>()).add(attempt);
            }
            return attempt.refused();
        }

        /** An attempt that turns out wrong. */
        Optional<Duration> wrong(Limit limit, String key) {
            try (SignInThrottle.Attempt attempt = throttle.attempt(limit, key)) {
                return attempt.refused();
            }
        }

        /** The latest open attempt turns out right. */
        void right(Limit limit, String key) {
            try (SignInThrottle.Attempt attempt = open.get(limit + key).removeLast()) {
                attempt.right();
            }
        }

        /** The latest open attempt turns out wrong. */
        void checked(Limit limit, String key) {
            open.get(limit + key).removeLast().close();
        }

        void forgive(Limit limit, String key) {
            throttle.forgive(limit, key);
        }
    }
}

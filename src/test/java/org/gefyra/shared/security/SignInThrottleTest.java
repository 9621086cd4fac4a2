package org.gefyra.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
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
            assertEquals(Optional.empty(), either.attempt(Limit.PASSWORD_PER_USER, "eleni"));
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
            assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_USER, name));
        }
        assertTrue(throttle.attempt(Limit.PASSWORD_PER_USER, name).isPresent());
        assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_USER, name + "y"), "a different long name does not wait");
    }

    @Test
    void fiveWrongPasswordsForOneUserThenEveryTryWaits() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra"));
        }
        assertTrue(throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra").isPresent(), "the sixth try waits");
        assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_USER, "johan"), "others do not");
    }

    @Test
    void theDelayGrowsWithEachWrongTryAfterIt() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra");
        }
        Duration first = throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra").orElseThrow();
        now = now.plus(first).plusSeconds(1);
        assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra"), "one more try after the wait");
        Duration second = throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra").orElseThrow();
        assertTrue(second.compareTo(first) > 0, "and then a longer wait");
    }

    @Test
    void wrongTriesOlderThanAQuarterOfAnHourNoLongerCount() {
        for (int i = 0; i < 5; i++) {
            throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra");
        }
        now = now.plus(Duration.ofMinutes(16));
        assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra"));
    }

    @Test
    void aRightTryIsRefundedAndProvingWhoYouAreForgivesTheRest() {
        for (int i = 0; i < 25; i++) {
            throttle.attempt(Limit.PASSWORD_PER_ADDRESS, "10.0.0.1");
            throttle.refund(Limit.PASSWORD_PER_ADDRESS, "10.0.0.1");
        }
        assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_ADDRESS, "10.0.0.1"),
                "right sign-ins from a library's one address never count");
        for (int i = 0; i < 4; i++) {
            throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra");
        }
        throttle.forgive(Limit.PASSWORD_PER_USER, "dimitra");
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), throttle.attempt(Limit.PASSWORD_PER_USER, "dimitra"));
        }
    }

    /** One server's throttle, each call in a transaction of its own as the container runs it. */
    private final class Server {

        private final SignInThrottle throttle = new SignInThrottle(clock);

        Server() {
            throttle.em = db.em;
            throttle.turns = new TurnLocks(db.em);
        }

        Optional<Duration> attempt(Limit limit, String key) {
            return db.inTransaction(() -> throttle.attempt(limit, key));
        }

        void refund(Limit limit, String key) {
            db.run(() -> throttle.refund(limit, key));
        }

        void forgive(Limit limit, String key) {
            db.run(() -> throttle.forgive(limit, key));
        }
    }
}

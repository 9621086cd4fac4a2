package org.gefyra.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.gefyra.shared.security.SignInThrottle.Limit;
import org.junit.jupiter.api.Test;

/** Guessing slows down: a few wrong tries are free, then every try waits, longer each time. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-11-30T10:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
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
    });

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
}

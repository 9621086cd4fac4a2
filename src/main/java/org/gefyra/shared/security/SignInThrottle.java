package org.gefyra.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing. Each limit allows a number of wrong attempts per key (a user name, an
 * address, a kiosk) within a quarter of an hour; past it, every attempt is refused, the right one
 * too, for a delay that doubles with each further wrong attempt counted before the refusal began.
 * Kept in memory: on several instances each keeps its own count, which only makes the limit
 * looser by the number of instances.
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
    private static final int MOST_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts an attempt before it is checked, so that attempts sent at the same moment cannot
     * slip past the limit. Returns how long to wait instead, if attempts with this key are refused.
     */
    public Optional<Duration> attempt(Limit limit, String key) {
        if (failures.size() > MOST_KEYS) {
            failures.clear();
        }
        Deque<Instant> counted = failures.computeIfAbsent(limit + ":" + key, k -> new ArrayDeque<>());
        synchronized (counted) {
            Instant now = clock.instant();
            while (!counted.isEmpty() && counted.peekFirst().isBefore(now.minus(WINDOW))) {
                counted.removeFirst();
            }
            if (counted.size() >= limit.allowed) {
                Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(counted.size() - limit.allowed, 6));
                Instant until = counted.peekLast().plus(delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay);
                if (until.isAfter(now)) {
                    return Optional.of(Duration.between(now, until));
                }
            }
            counted.addLast(now);
            return Optional.empty();
        }
    }

    /** The attempt was right: it no longer counts against the key. */
    public void refund(Limit limit, String key) {
        Deque<Instant> counted = failures.get(limit + ":" + key);
        if (counted != null) {
            synchronized (counted) {
                counted.pollLast();
            }
        }
    }

    /** The person proved who they are: earlier wrong attempts with this key are forgiven. */
    public void forgive(Limit limit, String key) {
        failures.remove(limit + ":" + key);
    }
}

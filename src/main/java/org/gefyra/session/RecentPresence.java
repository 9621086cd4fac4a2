package org.gefyra.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.gefyra.learning.LearnerKey;

/**
 * The running session each learner was found in, kept on this server for a second: a learner's
 * pages that follow each other faster (quick Back and Next, or many pages of many learners in
 * turn, as under load) ask the database once a second rather than on every page. A learner
 * reading a page every few seconds gains nothing from it.
 * <p>
 * What it shows is at most a second old: an educator who closes a session, or answers a call for
 * help, on another server, is seen here within a second. Whatever is posted on this server (joining,
 * asking for help, an educator's action, signing out) forgets everything kept once it is done, so
 * one server is never behind itself; "I need help" checks the session again when it is pressed.
 */
@ApplicationScoped
public class RecentPresence {

    static final long KEPT_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final int MOST = 20_000;

    private record Seen(Optional<JoinService.Joined> joined, long askedAt) {
    }

    private final Map<LearnerKey, Seen> seen = new ConcurrentHashMap<>();
    /** Counts the forgettings, so that an answer read before one is not kept after it. */
    private final AtomicLong forgotten = new AtomicLong();

    /** What was found for the learner less than a second ago, or null. */
    Optional<JoinService.Joined> of(LearnerKey who) {
        Seen known = seen.get(who);
        return known != null && System.nanoTime() - known.askedAt() < KEPT_NANOS ? known.joined() : null;
    }

    /** A mark to take before asking the database, for {@link #keep}. */
    Asking asking() {
        return new Asking(System.nanoTime(), forgotten.get());
    }

    record Asking(long at, long forgottenBefore) {
    }

    void keep(LearnerKey who, Optional<JoinService.Joined> joined, Asking asked) {
        if (seen.size() >= MOST) {
            seen.clear(); // more learners than a second's worth: start again rather than grow
        }
        seen.put(who, new Seen(joined, asked.at()));
        if (forgotten.get() != asked.forgottenBefore()) {
            seen.remove(who); // something changed while the database was asked
        }
    }

    void forgetAll() {
        forgotten.incrementAndGet();
        seen.clear();
    }

    /** After anything posted (its changes committed), nothing kept from before is used again. */
    void requestEnded(@Observes @Destroyed(RequestScoped.class) ServletRequest request) {
        if (request instanceof HttpServletRequest http && !"GET".equals(http.getMethod()) && !"HEAD".equals(http.getMethod())) {
            forgetAll();
        }
    }
}

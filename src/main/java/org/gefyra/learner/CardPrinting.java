package org.gefyra.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gefyra.shared.security.Caller;

/**
 * Printing login cards, safe to repeat: the same print sent again within a minute (a double
 * tap, a form sent twice) gets the same cards, not new ones that would make the first print
 * useless. Those codes wait in this server's memory for that minute only, never in the database
 * or a session.
 */
@ApplicationScoped
public class CardPrinting {

    static final Duration REPEAT_WINDOW = Duration.ofMinutes(1);

    @Inject
    LearnerService learners;

    Clock clock = Clock.systemUTC();

    private final Map<String, Print> recent = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    private record Print(Instant at, List<Long> learnerIds, List<IssuedCard> cards) {
    }

    /**
     * New cards for these learners, or the ones this print made a moment ago.
     *
     * @param printKey what tells one print from another: the same page's print button sends the same key
     */
    public List<IssuedCard> print(Caller caller, String printKey, List<Long> learnerIds) {
        forgetOld();
        if (printKey == null) {
            return learners.issueCards(caller, learnerIds);
        }
        String key = caller.principalName() + "|" + printKey;
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Print before = recent.get(key);
            if (before != null && before.learnerIds().equals(learnerIds) && isRecent(before)) {
                return before.cards();
            }
            List<IssuedCard> cards = learners.issueCards(caller, learnerIds);
            recent.put(key, new Print(clock.instant(), List.copyOf(learnerIds), cards));
            return cards;
        }
    }

    private boolean isRecent(Print print) {
        return print.at().plus(REPEAT_WINDOW).isAfter(clock.instant());
    }

    private void forgetOld() {
        recent.entrySet().removeIf(entry -> {
            boolean old = !isRecent(entry.getValue());
            if (old) {
                locks.remove(entry.getKey());
            }
            return old;
        });
    }
}

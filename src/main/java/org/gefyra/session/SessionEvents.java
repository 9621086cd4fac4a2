package org.gefyra.session;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import org.gefyra.learning.LearningEvent;

/** A session's learning events, person by person, in the order they happened. */
final class SessionEvents {

    /** A pause longer than this counts as a break, not as learning. */
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

    private SessionEvents() {
    }

    static String key(Long learnerId, String guestKey) {
        return learnerId != null ? "learner:" + learnerId : "guest:" + guestKey;
    }

    static String key(Attendance attendance) {
        return key(attendance.getLearnerId(), attendance.getGuestKey());
    }

    static Map<String, List<LearningEvent>> byPerson(EntityManager em, long sessionId) {
        Map<String, List<LearningEvent>> byPerson = new LinkedHashMap<>();
        em.createQuery("select e from LearningEvent e where e.sessionId = ?1 order by e.occurredAt, e.id",
                        LearningEvent.class)
                .setParameter(1, sessionId).getResultStream()
                .forEach(e -> byPerson.computeIfAbsent(key(e.getLearnerId(), e.getGuestKey()), k -> new ArrayList<>()).add(e));
        return byPerson;
    }

    /** Time spent learning: the gaps between one person's actions, a long pause counting as a short one. */
    static Duration learningTime(List<LearningEvent> events) {
        Duration total = Duration.ZERO;
        for (int i = 1; i < events.size(); i++) {
            Duration gap = Duration.between(events.get(i - 1).getOccurredAt(), events.get(i).getOccurredAt());
            total = total.plus(gap.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : gap);
        }
        return total;
    }
}

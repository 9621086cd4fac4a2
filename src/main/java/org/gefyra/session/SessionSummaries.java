package org.gefyra.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gefyra.learning.LearningEvent;
import org.gefyra.learning.Verb;

/**
 * Counts what a session came to, from its attendance and the learning events that carry it:
 * the summary a session keeps when it closes.
 */
@ApplicationScoped
public class SessionSummaries {

    @PersistenceContext
    EntityManager em;

    SessionSummary count(LearningSession session) {
        List<Attendance> present = em.createQuery("select a from Attendance a where a.sessionId = ?1 and a.status = ?2",
                Attendance.class).setParameter(1, session.getId()).setParameter(2, AttendanceStatus.PRESENT).getResultList();
        int guests = (int) present.stream().filter(Attendance::isGuest).count();
        int newLearners = newLearners(session, present);
        Map<String, List<LearningEvent>> events = SessionEvents.byPerson(em, session.getId());
        Duration learning = events.values().stream().map(SessionEvents::learningTime).reduce(Duration.ZERO, Duration::plus);
        Set<String> steps = new HashSet<>();
        Set<String> completed = new HashSet<>();
        Map<String, LearningEvent> after = new LinkedHashMap<>();
        events.forEach((who, list) -> list.forEach(e -> {
            String module = who + "|" + e.getModuleId();
            if (e.getVerb() == Verb.VIEWED) {
                steps.add(module + "|" + e.getStepId());
            } else if (e.getVerb() == Verb.COMPLETED) {
                completed.add(module);
            } else if (e.getVerb() == Verb.RATED_CONFIDENCE && "after".equals(e.getDetail())) {
                after.put(module, e);
            }
        }));
        int pairs = 0;
        int raised = 0;
        int gain = 0;
        for (LearningEvent rated : after.values()) {
            Optional<LearningEvent> before = rated.getRating() == null ? Optional.empty() : before(rated);
            if (before.isPresent()) {
                int change = rated.getRating() - before.get().getRating();
                pairs++;
                gain += change;
                raised += change > 0 ? 1 : 0;
            }
        }
        return new SessionSummary(present.size(), guests, newLearners, (int) Math.round(learning.toSeconds() / 60.0),
                steps.size(), completed.size(), pairs, raised, gain);
    }

    /** Learners registered on the spot, or while the session was open. */
    private int newLearners(LearningSession session, List<Attendance> present) {
        Instant opened = session.getOpenedAt() == null ? Instant.now() : session.getOpenedAt();
        List<Long> learners = present.stream().filter(a -> !a.isGuest()).map(Attendance::getLearnerId).toList();
        if (learners.isEmpty()) {
            return 0;
        }
        Set<Long> registeredDuring = new HashSet<>(em.createQuery(
                        "select l.id from Learner l where l.id in ?1 and l.createdAt >= ?2", Long.class)
                .setParameter(1, learners).setParameter(2, opened).getResultList());
        return (int) present.stream().filter(a -> a.isWalkIn() || registeredDuring.contains(a.getLearnerId())).count();
    }

    /** The latest "before" rating of the same module by the same person, before this "after" one. */
    private Optional<LearningEvent> before(LearningEvent after) {
        String who = after.getLearnerId() != null ? "e.learnerId = ?1" : "e.guestKey = ?1";
        return em.createQuery("select e from LearningEvent e where " + who + " and e.moduleId = ?2 and e.verb = ?3 "
                        + "and e.detail = ?4 and e.occurredAt <= ?5", LearningEvent.class)
                .setParameter(1, after.getLearnerId() != null ? after.getLearnerId() : after.getGuestKey())
                .setParameter(2, after.getModuleId()).setParameter(3, Verb.RATED_CONFIDENCE)
                .setParameter(4, "before").setParameter(5, after.getOccurredAt())
                .getResultStream().filter(e -> e.getRating() != null)
                .max(Comparator.comparing(LearningEvent::getOccurredAt).thenComparing(LearningEvent::getId));
    }
}

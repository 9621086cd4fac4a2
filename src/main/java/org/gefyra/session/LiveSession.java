package org.gefyra.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;
import org.gefyra.content.StepText;
import org.gefyra.learning.LearningEvent;
import org.gefyra.learning.Verb;
import org.gefyra.shared.security.Caller;

/**
 * The educator's live view of a running session: each person present, on which module and step
 * and for how long, and who needs help: who asked, who answered one question wrong several
 * times, who has stayed long on one step. Those come first.
 */
@ApplicationScoped
@Transactional
public class LiveSession {

    /** Wrong answers to one question, without a right one, that show someone is stuck. */
    public static final int WRONG_ANSWERS = 3;
    /** Minutes on one step that show someone is stuck. */
    public static final long LONG_ON_STEP_MINUTES = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionService sessions;

    @Inject
    AttendanceService attendance;

    @Inject
    ContentLibrary library;

    Clock clock = Clock.systemUTC();

    public List<LiveAttendee> attendees(Caller caller, long sessionId, String language) {
        sessions.get(caller, sessionId);
        List<Attendance> present = em.createQuery("select a from Attendance a where a.sessionId = ?1 and a.status = ?2 "
                + "order by a.id", Attendance.class).setParameter(1, sessionId)
                .setParameter(2, AttendanceStatus.PRESENT).getResultList();
        Map<Long, String> names = attendance.names(present);
        Map<String, List<LearningEvent>> events = SessionEvents.byPerson(em, sessionId);
        Instant now = clock.instant();
        int[] guests = {0};
        return present.stream()
                .map(a -> attendee(a, a.isGuest() ? null : names.get(a.getLearnerId()), a.isGuest() ? ++guests[0] : 0,
                        events.getOrDefault(SessionEvents.key(a), List.of()), language, now))
                .sorted(Comparator.comparing((LiveAttendee l) -> l.needsHelp() == null)
                        .thenComparing(l -> l.helpAskedAt() == null ? Instant.MAX : l.helpAskedAt())
                        .thenComparing(LiveAttendee::left)
                        .thenComparing(l -> l.name() == null ? "" : l.name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(LiveAttendee::guestNumber))
                .toList();
    }

    private LiveAttendee attendee(Attendance a, String name, int guestNumber, List<LearningEvent> events,
            String language, Instant now) {
        boolean left = a.getLeftAt() != null;
        LearningEvent last = events.stream().filter(e -> e.getStepId() != null).reduce((x, y) -> y).orElse(null);
        if (last == null) {
            return new LiveAttendee(a.getId(), a.getLearnerId(), name, guestNumber, null, 0, 0, null, 0, 0,
                    a.getHelpAskedAt() != null ? LiveAttendee.NeedsHelp.ASKED : null, a.getHelpAskedAt(), left);
        }
        Instant arrived = last.getOccurredAt();
        int wrong = 0;
        boolean answeredRight = false;
        for (int i = events.size() - 1; i >= 0; i--) {
            LearningEvent e = events.get(i);
            if (e.getStepId() == null) {
                continue;
            }
            if (!e.getModuleId().equals(last.getModuleId()) || !e.getStepId().equals(last.getStepId())) {
                break;
            }
            arrived = e.getOccurredAt();
            if (e.getVerb() == Verb.ANSWERED && Boolean.TRUE.equals(e.getCorrect())) {
                answeredRight = true;
            } else if (e.getVerb() == Verb.ANSWERED && !answeredRight) {
                wrong++;
            }
        }
        long minutes = Duration.between(arrived, now).toMinutes();
        LiveAttendee.NeedsHelp needs = a.getHelpAskedAt() != null ? LiveAttendee.NeedsHelp.ASKED
                : left ? null
                : wrong >= WRONG_ANSWERS ? LiveAttendee.NeedsHelp.WRONG_ANSWERS
                : minutes >= LONG_ON_STEP_MINUTES ? LiveAttendee.NeedsHelp.LONG_ON_STEP : null;
        Optional<LearningModule> module = library.module(last.getModuleId());
        ModuleText text = module.flatMap(m -> m.text(language).or(() -> m.texts().values().stream().findFirst())).orElse(null);
        StepText step = text == null ? null : text.steps().get(last.getStepId());
        return new LiveAttendee(a.getId(), a.getLearnerId(), name, guestNumber,
                text == null ? last.getModuleId() : text.title(),
                module.map(m -> m.indexOf(last.getStepId()) + 1).orElse(1), module.map(m -> m.steps().size()).orElse(1),
                step == null ? last.getStepId() : step.title(), minutes, wrong, needs, a.getHelpAskedAt(), left);
    }
}

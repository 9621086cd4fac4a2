package org.gefyra.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.gefyra.learning.LearnerKey;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.persistence.ReportChanges;
import org.gefyra.shared.persistence.RetriedOnConflict;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.security.SignedOut;

/**
 * Learners and guests in a running session: they join it with its code, or (learners) by
 * signing in at a kiosk of its site while it runs; they leave it when they sign out and are back
 * when they sign in again; they ask for help. Joining twice is joining once; a session that is
 * full turns newcomers to the educator.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class JoinService {

    /** The running session a person is in, for their own pages. */
    public record Joined(long sessionId, String title, boolean helpAsked) {
    }

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    /** Joins the running session whose code was typed; a code that is no session's, or not for this learner, is unknown. */
    public LearningSession joinWithCode(Caller caller, String typed) {
        LearnerKey who = LearnerKey.of(caller);
        String code = JoinCode.normalise(typed);
        LearningSession session = code == null ? null : em.createQuery(
                        "select s from LearningSession s where s.joinCode = ?1 and s.status = ?2", LearningSession.class)
                .setParameter(1, code).setParameter(2, SessionStatus.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (session == null || !session.isRunning(now())
                || (!who.isGuest() && !session.getOrganisationId().equals(caller.organisationId()))) {
            throw new InvalidInputException("code", "error.joinCodeUnknown");
        }
        join(session, who);
        return session;
    }

    /** A learner signed in at a kiosk of this site: they join the site's running session of their organisation, if there is one with room. */
    public Optional<LearningSession> joinAtSite(Caller caller, long siteId) {
        if (!caller.is(Role.LEARNER)) {
            return Optional.empty();
        }
        LocalDateTime now = now();
        Optional<LearningSession> running = em.createQuery("select s from LearningSession s where s.site.id = ?1 "
                        + "and s.organisationId = ?2 and s.status = ?3 and s.endsAt > ?4 order by s.startsAt desc",
                        LearningSession.class)
                .setParameter(1, siteId).setParameter(2, caller.organisationId()).setParameter(3, SessionStatus.OPEN)
                .setParameter(4, now.minus(LearningSession.RUNS_ON_FOR))
                .getResultStream().filter(s -> s.getStartsAt().toLocalDate().equals(now.toLocalDate())).findFirst();
        if (running.isEmpty()) {
            return Optional.empty();
        }
        LearningSession session = em.find(LearningSession.class, running.get().getId(), LockModeType.PESSIMISTIC_WRITE);
        try {
            join(session, LearnerKey.of(caller));
            return Optional.of(session);
        } catch (InvalidInputException full) {
            return Optional.empty();
        }
    }

    /** A learner signed in again, anywhere: where they were present in a running session, they are back. */
    public void comeBack(Caller caller) {
        if (caller.is(Role.LEARNER)) {
            running(LearnerKey.of(caller)).forEach(Attendance::comeBack);
        }
    }

    /** Whoever signs out, or is signed out, has left the sessions they were in; a help call of theirs is over. */
    public void leave(@Observes SignedOut signedOut) {
        if (signedOut.caller().is(Role.LEARNER, Role.GUEST)) {
            running(LearnerKey.of(signedOut.caller())).forEach(Attendance::leave);
        }
    }

    /** "I need help": the educator's live view shows it at once. False when the person is in no running session. */
    public boolean askForHelp(Caller caller) {
        List<Attendance> in = running(LearnerKey.of(caller));
        in.stream().findFirst().ifPresent(Attendance::askForHelp);
        return !in.isEmpty();
    }

    private void join(LearningSession session, LearnerKey who) {
        if (!who.isGuest()) {
            ReportChanges.learner(em, who.learnerId());
        }
        Optional<Attendance> existing = who.isGuest()
                ? em.createQuery("select a from Attendance a where a.sessionId = ?1 and a.guestKey = ?2", Attendance.class)
                        .setParameter(1, session.getId()).setParameter(2, who.guestKey()).getResultStream().findFirst()
                : attendance(session.getId(), who.learnerId());
        if (existing.isPresent()) {
            existing.get().join();
            return;
        }
        long present = em.createQuery("select count(a) from Attendance a where a.sessionId = ?1 and a.status = ?2",
                Long.class).setParameter(1, session.getId()).setParameter(2, AttendanceStatus.PRESENT).getSingleResult();
        if (present >= session.getCapacity()) {
            throw new InvalidInputException("code", "error.sessionFull");
        }
        em.persist(Attendance.joined(session.getId(), who));
    }

    private Optional<Attendance> attendance(long sessionId, long learnerId) {
        return em.createQuery("select a from Attendance a where a.sessionId = ?1 and a.learnerId = ?2", Attendance.class)
                .setParameter(1, sessionId).setParameter(2, learnerId).getResultStream().findFirst();
    }

    /** The person's places in running sessions where they are present, the latest first. */
    private List<Attendance> running(LearnerKey who) {
        return em.createQuery("select a from Attendance a, LearningSession s where s.id = a.sessionId and s.status = ?1 "
                        + "and s.endsAt > ?2 and a.status = ?3 and a." + (who.isGuest() ? "guestKey" : "learnerId")
                        + " = ?4 order by a.markedAt desc", Attendance.class)
                .setParameter(1, SessionStatus.OPEN).setParameter(2, now().minus(LearningSession.RUNS_ON_FOR))
                .setParameter(3, AttendanceStatus.PRESENT).setParameter(4, who.isGuest() ? who.guestKey() : who.learnerId())
                .getResultList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}

package org.gefyra.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerForm;
import org.gefyra.learner.LearnerService;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.persistence.ReportChanges;
import org.gefyra.shared.persistence.RetriedOnConflict;
import org.gefyra.shared.security.Caller;

/**
 * Who is at a session, as the educator keeps it: those who joined by themselves (see
 * {@link JoinService}), and the others the educator marks present, absent or excused; walk-ins
 * registered on the spot; help calls answered.
 */
@ApplicationScoped
@Transactional
@RetriedOnConflict
public class AttendanceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    SessionService sessions;

    @Inject
    LearnerService learners;

    /** The educator went to help: the call is answered. */
    public void helped(Caller caller, long sessionId, long attendanceId) {
        sessions.get(caller, sessionId);
        Attendance attendance = em.find(Attendance.class, attendanceId);
        if (attendance != null && attendance.getSessionId() == sessionId) {
            attendance.helped();
        }
    }

    /** The educator marks a learner of the organisation present, absent or excused; marking again changes the mark. */
    public void mark(Caller caller, long sessionId, long learnerId, AttendanceStatus status) {
        LearningSession session = openSession(caller, sessionId);
        Learner learner = learners.find(learnerId)
                .filter(l -> l.getOrganisation().getId().equals(session.getOrganisationId()))
                .orElseThrow(() -> new InvalidInputException("learner", "error.notFound"));
        if (status == null) {
            throw new InvalidInputException("status", "error.required");
        }
        attendance(sessionId, learner.getId()).ifPresentOrElse(a -> a.mark(status, caller.id()),
                () -> em.persist(Attendance.marked(sessionId, learner.getId(), status, caller.id())));
        ReportChanges.learner(em, learner.getId());
    }

    /** Registers a newcomer at the session's site and marks them present, in one go: all of it or nothing. */
    public Learner registerWalkIn(Caller caller, long sessionId, LearnerForm form) {
        LearningSession session = openSession(caller, sessionId);
        form.siteId = session.getSite().getId();
        Learner learner = learners.register(caller, form);
        em.flush();
        em.persist(Attendance.walkIn(sessionId, learner.getId(), caller.id()));
        ReportChanges.learner(em, learner.getId());
        return learner;
    }

    /** Everyone on the list: learners by name, then guests in the order they came. */
    public List<AttendanceRow> attendance(Caller caller, long sessionId) {
        sessions.get(caller, sessionId);
        List<Attendance> all = em.createQuery("select a from Attendance a where a.sessionId = ?1 order by a.id",
                Attendance.class).setParameter(1, sessionId).getResultList();
        Map<Long, String> names = names(all);
        int[] guests = {0};
        return all.stream().map(a -> new AttendanceRow(a.getId(), a.getLearnerId(),
                        a.isGuest() ? null : names.get(a.getLearnerId()), a.isGuest() ? ++guests[0] : 0, a.getStatus(),
                        a.getJoinedAt(), a.isWalkIn(), a.getLeftAt() != null))
                .sorted(Comparator.comparing(AttendanceRow::isGuest)
                        .thenComparing(r -> r.name() == null ? "" : r.name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The organisation's learners not yet on the list and not switched off, those of the session's site first. */
    public List<LearnerChoice> notYetListed(Caller caller, long sessionId) {
        LearningSession session = sessions.get(caller, sessionId);
        return em.createQuery("select l from Learner l left join fetch l.site where l.organisation.id = ?1 "
                        + "and l.switchedOffAt is null and not exists "
                        + "(select a from Attendance a where a.sessionId = ?2 and a.learnerId = l.id) order by l.displayName",
                        Learner.class)
                .setParameter(1, session.getOrganisationId()).setParameter(2, sessionId).setMaxResults(500)
                .getResultStream()
                .sorted(Comparator.comparing((Learner l) -> l.getSite() == null
                        || !l.getSite().getId().equals(session.getSite().getId())))
                .map(l -> new LearnerChoice(l.getId(), l.getDisplayName(), l.getSite() == null ? null : l.getSite().getName()))
                .toList();
    }

    Map<Long, String> names(List<Attendance> attendances) {
        List<Long> ids = attendances.stream().filter(a -> !a.isGuest()).map(Attendance::getLearnerId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l from Learner l where l.id in ?1", Learner.class).setParameter(1, ids)
                .getResultStream().collect(Collectors.toMap(Learner::getId, Learner::getDisplayName));
    }

    private Optional<Attendance> attendance(long sessionId, long learnerId) {
        return em.createQuery("select a from Attendance a where a.sessionId = ?1 and a.learnerId = ?2", Attendance.class)
                .setParameter(1, sessionId).setParameter(2, learnerId).getResultStream().findFirst();
    }

    private LearningSession openSession(Caller caller, long sessionId) {
        LearningSession session = sessions.get(caller, sessionId);
        if (!session.isOpen()) {
            throw new InvalidInputException("session", "error.sessionNotOpen");
        }
        return session;
    }
}

package org.gefyra.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gefyra.account.StaffAccount;
import org.gefyra.content.ContentLibrary;
import org.gefyra.organisation.Site;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.persistence.ReportChanges;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/**
 * Planning sessions and running their life: plan, change, call off, open with a join code,
 * write notes, close with a summary. Educators see and change only their own organisation's
 * sessions. Opening or closing twice (a double tap) is the same as once.
 */
@ApplicationScoped
@Transactional
public class SessionService {

    /** A staff member who can run a session, for choosing the session's educators. */
    public record EducatorChoice(long id, String name) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ContentLibrary library;

    @Inject
    SessionSummaries summaries;

    Clock clock = Clock.systemDefaultZone();

    public LearningSession plan(Caller caller, SessionPlan plan) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        Site site = siteOf(caller, plan);
        checkChoices(site, plan);
        if (plan.date != null && plan.date.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException("date", "error.dateInPast");
        }
        checkNotTooFar(plan);
        LearningSession session = new LearningSession(site, plan, caller.id());
        em.persist(session);
        return session;
    }

    public LearningSession change(Caller caller, long id, SessionPlan plan) {
        LearningSession session = get(caller, id);
        Site site = siteOf(caller, plan);
        checkChoices(site, plan);
        checkNotTooFar(plan);
        session.change(site, plan);
        ReportChanges.session(em, id);
        return session;
    }

    /** Sessions are planned for the coming two years at most: a date further on is a slip of the finger. */
    private void checkNotTooFar(SessionPlan plan) {
        if (plan.date != null && plan.date.isAfter(LocalDate.now(clock).plusYears(2))) {
            throw new InvalidInputException("date", "error.dateTooFar");
        }
    }

    public void cancel(Caller caller, long id) {
        lock(caller, id).cancel();
        ReportChanges.session(em, id);
    }

    /** A session of the caller's organisation (any, for administrators); anything else is refused. */
    public LearningSession get(Caller caller, long id) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        return allowed(caller, id, em.find(LearningSession.class, id));
    }

    /** The caller's sessions from one day to another (both included), by time. */
    public List<SessionRow> between(Caller caller, LocalDate from, LocalDate to) {
        return rows(caller, "s.startsAt >= ?2 and s.startsAt < ?3 order by s.startsAt", from.atStartOfDay(),
                to.plusDays(1).atStartOfDay(), 500);
    }

    /** Sessions still to come or going on now, soonest first. */
    public List<SessionRow> upcoming(Caller caller, int most) {
        return rows(caller, "s.endsAt >= ?2 and s.status <> ?3 order by s.startsAt", LocalDateTime.now(clock),
                SessionStatus.CLOSED, most);
    }

    /** Sessions over or closed, the latest first. */
    public List<SessionRow> past(Caller caller, int most) {
        return rows(caller, "(s.endsAt < ?2 or s.status = ?3) order by s.startsAt desc", LocalDateTime.now(clock),
                SessionStatus.CLOSED, most);
    }

    /** Opens the session with a join code that no other session has had; a second tap changes nothing. */
    public LearningSession open(Caller caller, long id) {
        LearningSession session = lock(caller, id);
        String code;
        do {
            code = JoinCode.random();
        } while (!em.createQuery("select s.id from LearningSession s where s.joinCode = ?1", Long.class)
                .setParameter(1, code).getResultList().isEmpty());
        session.open(LocalDate.now(clock), code);
        ReportChanges.session(em, id);
        return session;
    }

    /** Closes the session and keeps its summary; a second tap changes nothing. */
    public LearningSession close(Caller caller, long id) {
        LearningSession session = lock(caller, id);
        session.close(session.isOpen() ? summaries.count(session) : null);
        ReportChanges.session(em, id);
        return session;
    }

    public LearningSession writeNotes(Caller caller, long id, String notes) {
        LearningSession session = get(caller, id);
        session.writeNotes(notes);
        return session;
    }

    /** The educators who can run the caller's sessions: their organisation's (every organisation's, for administrators). */
    public List<EducatorChoice> educators(Caller caller) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        TypedQuery<StaffAccount> query = em.createQuery("select a from StaffAccount a where a.role = ?1 "
                + "and a.active = true" + (caller.isAdmin() ? "" : " and a.organisation.id = ?2") + " order by a.displayName",
                StaffAccount.class).setParameter(1, Role.EDUCATOR);
        if (!caller.isAdmin()) {
            query.setParameter(2, caller.organisationId());
        }
        return query.getResultList().stream()
                .map(a -> new EducatorChoice(a.getId(), a.getDisplayName())).toList();
    }

    public List<String> educatorNames(LearningSession session) {
        if (session.getEducatorIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a.displayName from StaffAccount a where a.id in ?1 order by a.displayName",
                String.class).setParameter(1, session.getEducatorIds()).getResultList();
    }

    /** The session, with its row locked until the transaction ends: overlapping taps take turns. */
    private LearningSession lock(Caller caller, long id) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        return allowed(caller, id, em.find(LearningSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    private static LearningSession allowed(Caller caller, long id, LearningSession session) {
        if (session == null || !caller.canManage(session.getOrganisationId())) {
            throw new NotAllowedException("session " + id);
        }
        return session;
    }

    private Site siteOf(Caller caller, SessionPlan plan) {
        Site site = plan.siteId == null ? null : em.find(Site.class, plan.siteId);
        if (site == null || !caller.canManage(site.getOrganisation().getId())) {
            throw new InvalidInputException("site", "error.required");
        }
        return site;
    }

    /** The modules exist, and the educators work for the site's organisation. */
    private void checkChoices(Site site, SessionPlan plan) {
        if (!plan.moduleIds.stream().allMatch(id -> library.module(id).isPresent())) {
            throw new InvalidInputException("modules", "error.notFound");
        }
        Set<Long> educators = new HashSet<>(plan.educatorIds);
        long known = educators.isEmpty() ? 0 : em.createQuery("select count(a) from StaffAccount a where a.id in ?1 "
                        + "and a.organisation.id = ?2 and a.role = ?3", Long.class)
                .setParameter(1, educators).setParameter(2, site.getOrganisation().getId())
                .setParameter(3, Role.EDUCATOR).getSingleResult();
        if (known != educators.size()) {
            throw new InvalidInputException("educators", "error.chooseEducator");
        }
    }

    private List<SessionRow> rows(Caller caller, String condition, Object second, Object third, int most) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        TypedQuery<LearningSession> query = em.createQuery("select s from LearningSession s join fetch s.site "
                + "where " + (caller.isAdmin() ? "s.organisationId <> ?1" : "s.organisationId = ?1") + " and "
                + condition, LearningSession.class);
        query.setParameter(1, caller.isAdmin() ? -1L : caller.organisationId());
        query.setParameter(2, second).setParameter(3, third).setMaxResults(most);
        return query.getResultList().stream().map(SessionRow::of).toList();
    }
}

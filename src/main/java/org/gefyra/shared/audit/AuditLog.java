package org.gefyra.shared.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/**
 * Writes and reads the audit log. A line is written in the transaction of the action it tells
 * of, so an action that failed leaves no line and one that was done always has its line.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    @PersistenceContext
    EntityManager em;

    public AuditLog() {
    }

    /** For unit tests, in Java SE. */
    public AuditLog(EntityManager em) {
        this.em = em;
    }

    /** A member of staff did something with a learner's personal data. */
    public void record(Caller staff, long learnerId, AuditAction action, String detail) {
        em.persist(new AuditEntry(staff.id(), staff.name(), learnerId, action, detail));
    }

    /** The server did it by itself (the retention job). */
    public void recordByServer(long learnerId, AuditAction action, String detail) {
        em.persist(new AuditEntry(null, null, learnerId, action, detail));
    }

    /**
     * One page of the log, the latest first: for administrators only. {@code learnerId} and
     * {@code staff} (part of a name, or an account's number) narrow it down when given.
     */
    public List<AuditEntry> page(Caller caller, Long learnerId, String staff, int page) {
        caller.require(Role.ADMIN);
        return filtered(AuditEntry.class, "select a", learnerId, staff, " order by a.happenedAt desc, a.id desc")
                .setFirstResult(Math.max(0, page) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
    }

    public long count(Caller caller, Long learnerId, String staff) {
        caller.require(Role.ADMIN);
        return filtered(Long.class, "select count(a)", learnerId, staff, "").getSingleResult();
    }

    private <T> TypedQuery<T> filtered(Class<T> type, String select, Long learnerId, String staff, String order) {
        String part = staff == null ? "" : staff.strip().toLowerCase(Locale.ROOT);
        Long staffId = part.matches("[0-9]{1,15}") ? Long.valueOf(part) : null;
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry a where 1 = 1");
        if (learnerId != null) {
            jpql.append(" and a.learnerId = :learner");
        }
        if (staffId != null) {
            jpql.append(" and a.staffId = :staffId");
        } else if (!part.isEmpty()) {
            jpql.append(" and locate(:staff, lower(a.staffName)) > 0");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (learnerId != null) {
            query.setParameter("learner", learnerId);
        }
        if (staffId != null) {
            query.setParameter("staffId", staffId);
        } else if (!part.isEmpty()) {
            query.setParameter("staff", part);
        }
        return query;
    }
}

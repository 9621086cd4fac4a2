package org.gefyra.shared.persistence;

import jakarta.persistence.EntityManager;

/**
 * What the features tell the reports, in the transaction of the change, when they change what the
 * reports' prepared session and registration figures rest on (report.SessionMonths): a learner
 * registered, moved, marked present or absent, joined, erased, or their consent changed; a session
 * opened, closed, cancelled or moved. The reports' next rollup counts those learners, and the sessions
 * held of that session's month, again. Here, below every feature, so that those lower than the reports
 * can say it.
 */
public final class ReportChanges {

    private ReportChanges() {
    }

    /** The learner's attendance, home site, registration or consent may have changed. */
    public static void learner(EntityManager em, long learnerId) {
        em.createNativeQuery("insert into report_change (learner_id) values (?1)").setParameter(1, learnerId).executeUpdate();
    }

    /**
     * The session's status, time or place may have changed: every learner on its list is counted again,
     * and the sessions held of its organisation's month (as the database has it: only planned sessions,
     * which are not held, move).
     */
    public static void session(EntityManager em, long sessionId) {
        em.createNativeQuery("insert into report_change (learner_id) select learner_id from session_attendance "
                + "where session_id = ?1 and learner_id is not null").setParameter(1, sessionId).executeUpdate();
        em.createNativeQuery("insert into report_session_change (organisation_id, starts_at) select organisation_id, "
                + "starts_at from learning_session where id = ?1").setParameter(1, sessionId).executeUpdate();
    }
}

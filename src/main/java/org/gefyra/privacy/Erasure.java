package org.gefyra.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerService;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.audit.AuditAction;
import org.gefyra.shared.audit.AuditLog;
import org.gefyra.shared.persistence.ReportChanges;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/**
 * Erasing a learner, and withdrawing their consent. What is deleted: their name, picture, age
 * band, target groups, card, PIN, groups, assignments and the notes written about them; their
 * attendance becomes a guest's. What is kept: their learning (events and progress), tied to an
 * empty learner row that holds only organisation, site, dates and what they agreed to, so reports
 * count it as before and no one can tell whose it was. Events and progress are not rewritten, so
 * a request of the learner still on its way (or in the learning journal's queue) lands on that
 * empty row too; the learner is signed out at their next request.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    /** What an erasure did: erased now, or already erased before (a double submit). */
    public enum Outcome {
        ERASED, ALREADY_ERASED
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    LearnerService learners;

    @Inject
    AuditLog audit;

    /** Erases a learner of the caller's organisation; again, it changes nothing and says so. */
    public Outcome erase(Caller caller, long learnerId) {
        Learner learner = lockedLearnerOf(caller, learnerId);
        if (!forget(learner)) {
            return Outcome.ALREADY_ERASED;
        }
        audit.record(caller, learnerId, AuditAction.ERASED, null);
        return Outcome.ERASED;
    }

    /** Retention: anonymises a learner the same way, by the server itself; false if done already. */
    boolean anonymise(long learnerId) {
        Learner learner = em.find(Learner.class, learnerId, LockModeType.PESSIMISTIC_WRITE);
        if (learner == null || !forget(learner)) {
            return false;
        }
        audit.recordByServer(learnerId, AuditAction.ANONYMISED, "retention");
        return true;
    }

    /**
     * The learner no longer agrees to be counted in anonymous reports: their progress is kept for
     * them and they still sign in, but no count includes them from now on. Withdrawing consent to
     * keeping progress ends the account itself: that is {@link #erase}.
     */
    public boolean withdrawReportsConsent(Caller caller, long learnerId) {
        Learner learner = learners.get(caller, learnerId);
        if (!learner.getConsent().isAnonymousReports()) {
            return false;
        }
        learner.recordConsent(learner.getConsent().withoutReports(caller.id(), caller.name()));
        learners.countingMayHaveChanged(learner);
        audit.record(caller, learnerId, AuditAction.CONSENT_WITHDRAWN, "reports");
        return true;
    }

    /** The learner, locked until the transaction ends: two erasures at once are done one after the other. */
    private Learner lockedLearnerOf(Caller caller, long learnerId) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        Learner learner = em.find(Learner.class, learnerId, LockModeType.PESSIMISTIC_WRITE);
        if (learner == null || !caller.canManage(learner.getOrganisation().getId())) {
            throw new NotAllowedException("learner " + learnerId);
        }
        return learner;
    }

    private boolean forget(Learner learner) {
        if (!learner.erase()) {
            return false;
        }
        long id = learner.getId();
        delete("DELETE FROM learner_group_member WHERE learner_id = ?", id);
        delete("DELETE FROM module_assignment WHERE learner_id = ?", id);
        delete("DELETE FROM learner_note WHERE learner_id = ?", id);
        delete("DELETE FROM learner_card_before_v4 WHERE learner_id = ?", id);
        em.createNativeQuery("UPDATE session_attendance SET learner_id = NULL, guest_key = ? WHERE learner_id = ?")
                .setParameter(1, UUID.randomUUID().toString()).setParameter(2, id).executeUpdate();
        ReportChanges.learner(em, id);
        return true;
    }

    private void delete(String sql, long learnerId) {
        em.createNativeQuery(sql).setParameter(1, learnerId).executeUpdate();
    }
}

package org.gefyra.shared.audit;

/** What a member of staff (or the retention job) did with a learner's personal data. */
public enum AuditAction {
    VIEWED, CHANGED, EXPORTED, CONSENT_WITHDRAWN, ERASED, ANONYMISED
}

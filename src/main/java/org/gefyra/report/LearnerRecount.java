package org.gefyra.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.gefyra.learner.LearnerCountingChanged;
import org.gefyra.shared.persistence.ReportChanges;

/**
 * Hears that a learner moved to another site or changed their consent to anonymous reports, and marks
 * them, in the same transaction, to be counted again where they are now at the rollup's next turn
 * ({@link SiteMonths#recount}), their attendance and registration too ({@link SessionMonths}).
 */
@ApplicationScoped
public class LearnerRecount {

    @PersistenceContext
    EntityManager em;

    void countingChanged(@Observes LearnerCountingChanged changed) {
        SiteMonths.markForRecount(em, changed.learnerId());
        ReportChanges.learner(em, changed.learnerId());
    }
}

package org.gefyra.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationService;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/**
 * Aggregates for partner organisations, read with grouped queries over learners and their
 * progress, never by loading people. Only the organisations the caller may see.
 */
@ApplicationScoped
public class ReportService {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationService organisations;

    public List<OrganisationSummary> summaries(Caller caller) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        List<Organisation> visible = organisations.organisations(caller);
        // Only the learners who agreed to be counted in anonymous reports.
        Map<Long, Long> learners = counts("select l.organisation.id, count(l) from Learner l "
                + "where l.consent.anonymousReports = true group by l.organisation.id");
        Map<Long, Long> started = counts("select l.organisation.id, count(p) from ModuleProgress p, Learner l "
                + "where p.learnerId = l.id and l.consent.anonymousReports = true group by l.organisation.id");
        Map<Long, Long> completed = counts("select l.organisation.id, count(p) from ModuleProgress p, Learner l "
                + "where p.learnerId = l.id and p.completedAt is not null and l.consent.anonymousReports = true "
                + "group by l.organisation.id");
        return visible.stream().map(o -> new OrganisationSummary(o.getName(), o.getCity(),
                OrganisationSummary.shown(learners.getOrDefault(o.getId(), 0L)),
                OrganisationSummary.shown(started.getOrDefault(o.getId(), 0L)),
                OrganisationSummary.shown(completed.getOrDefault(o.getId(), 0L)))).toList();
    }

    private Map<Long, Long> counts(String jpql) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }
}

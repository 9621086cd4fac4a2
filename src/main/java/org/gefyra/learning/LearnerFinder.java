package org.gefyra.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerService;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/**
 * Finds an educator's learners quickly: by part of the name or the code of their card, by site,
 * group, module (given to them or their group, or begun) and when they were last here. Lives
 * with learning because the module filter reads what they learnt.
 */
@ApplicationScoped
@Transactional
public class LearnerFinder {

    /** The most a list shows; the page says when there are more. */
    public static final int MOST = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    LearnerService learners;

    Clock clock = Clock.systemUTC();

    public List<LearnerRow> find(Caller caller, LearnerSearch search) {
        caller.require(Role.EDUCATOR, Role.ADMIN);
        StringBuilder jpql = new StringBuilder("select l from Learner l left join fetch l.site where l.erasedAt is null and l.switchedOffAt is "
                + (search.switchedOff() ? "not null" : "null"));
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.isAdmin()) {
            jpql.append(" and l.organisation.id = :organisation");
            parameters.put("organisation", caller.organisationId());
        }
        String text = search.text() == null ? "" : search.text().strip();
        if (!text.isEmpty()) {
            Long byCard = learners.findByCard(text).map(Learner::getId).orElse(-1L);
            jpql.append(" and (locate(:name, lower(l.displayName)) > 0 or l.id = :card)");
            parameters.put("name", text.toLowerCase(Locale.ROOT));
            parameters.put("card", byCard);
        }
        if (search.siteId() != null) {
            jpql.append(" and l.site.id = :site");
            parameters.put("site", search.siteId());
        }
        if (search.groupId() != null) {
            jpql.append(" and exists (select g from LearnerGroup g join g.members m where g.id = :group and m.id = l.id)");
            parameters.put("group", search.groupId());
        }
        if (search.moduleId() != null && !search.moduleId().isBlank()) {
            jpql.append(" and (exists (select a from ModuleAssignment a where a.learnerId = l.id and a.moduleId = :module)"
                    + " or exists (select p from ModuleProgress p where p.learnerId = l.id and p.moduleId = :module)"
                    + " or exists (select ga from GroupAssignment ga, LearnerGroup g2 join g2.members m2"
                    + " where ga.groupId = g2.id and m2.id = l.id and ga.moduleId = :module))");
            parameters.put("module", search.moduleId());
        }
        Instant now = clock.instant();
        switch (search.lastSeen() == null ? LearnerSearch.LastSeen.ANY : search.lastSeen()) {
            case WEEK -> since(jpql, parameters, now.minus(Duration.ofDays(7)));
            case MONTH -> since(jpql, parameters, now.minus(Duration.ofDays(30)));
            case LONGER -> {
                jpql.append(" and l.lastSeenAt < :since");
                parameters.put("since", now.minus(Duration.ofDays(30)));
            }
            case NEVER -> jpql.append(" and l.lastSeenAt is null");
            case ANY -> { }
        }
        jpql.append(" order by l.displayName, l.id");
        TypedQuery<Learner> query = em.createQuery(jpql.toString(), Learner.class).setMaxResults(MOST + 1);
        parameters.forEach(query::setParameter);
        List<Learner> found = query.getResultList();
        Map<Long, String> groups = groupNames(found);
        List<LearnerRow> rows = new ArrayList<>();
        for (Learner l : found) {
            rows.add(new LearnerRow(l.getId(), l.getDisplayName(), l.getPicture(),
                    l.getSite() == null ? "" : l.getSite().getName(), groups.getOrDefault(l.getId(), ""),
                    l.getLastSeenAt(), l.getCardPrintedAt(), l.hasCard(), l.isLocked(), l.isActive()));
        }
        return rows;
    }

    private static void since(StringBuilder jpql, Map<String, Object> parameters, Instant since) {
        jpql.append(" and l.lastSeenAt >= :since");
        parameters.put("since", since);
    }

    /** The names of the groups of each of these learners, in one query. */
    private Map<Long, String> groupNames(List<Learner> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = found.stream().map(Learner::getId).toList();
        return em.createQuery("select m.id, g.name from LearnerGroup g join g.members m where m.id in :ids order by g.name",
                        Object[].class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.joining(", "))));
    }
}

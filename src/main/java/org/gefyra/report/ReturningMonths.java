package org.gefyra.report;

import jakarta.persistence.EntityManager;

/**
 * Returning learners prepared (V18): learners active in a row who had started a module before the
 * row's start. Each counted learner month (report_learner_month, where it is counted) carries the month
 * of its learner's first module start (report_progress) in report_learner_returning_month, and those
 * are summed per organisation, site, month, previous month and month of first start
 * (report_site_returning_month): over whole months, the returning learners are the rows first in the
 * period (their previous month before it; by month, every row) whose first start is before the period
 * (by month, before the row's month). Kept in the rollup's turn with the module progress
 * ({@link ProgressMonths}): a learner whose months or progress changed is taken out of the sums, their
 * rows built again and put back; built again whenever the learner months or the progress are.
 */
final class ReturningMonths {

    static final String SITE_TABLE = "report_site_returning_month";
    static final String LEARNER_TABLE = "report_learner_returning_month";

    private static final ProgressMonths.Sums SUMS = new ProgressMonths.Sums(SITE_TABLE,
            "organisation_id, site_id, month_start, previous_month, first_start_month", "learners", "count(*)",
            LEARNER_TABLE, "");

    private ReturningMonths() {
    }

    /** Whether the rows are built (and kept since). */
    static boolean built(EntityManager em) {
        return Boolean.TRUE.equals(em.createNativeQuery("select returning_months_built from report_rollup where id = 1")
                .getSingleResult());
    }

    /** Builds the rows when they are not built yet and what they come from is (after V18, say). */
    static void follow(EntityManager em) {
        Long months = LearnerMonths.BY_LEARNER.builtUpTo(em);
        if (!built(em) && months != null && months.equals(ProgressMonths.builtUpTo(em))) {
            rebuild(em);
        }
    }

    /** Builds everything again from report_learner_month and report_progress. */
    static void rebuild(EntityManager em) {
        em.createNativeQuery("delete from " + LEARNER_TABLE).executeUpdate();
        em.createNativeQuery("insert into " + LEARNER_TABLE + " (learner_id, month_start, previous_month, "
                + "first_start_month, organisation_id, site_id) select m.learner_id, m.month_start, m.previous_month, "
                + "f.first_start, m.organisation_id, m.site_id from report_learner_month m left join (select learner_id, "
                + "min(started_month) first_start from report_progress group by learner_id) f on f.learner_id = m.learner_id "
                + "where m.organisation_id is not null").executeUpdate();
        LearnerMonths.analyse(em, LEARNER_TABLE);
        SUMS.rebuild(em);
        ProgressScopes.rebuilt(em, ProgressScopes.RETURNING);
        em.createNativeQuery("update report_rollup set returning_months_built = true where id = 1").executeUpdate();
    }

    /**
     * The learners of {@code learners} (a condition on learner_id, as {@link ProgressMonths} gives it;
     * their months and progress built again just before) out of the sums, their rows built again, back in.
     */
    static void count(EntityManager em, String learners, Long after, Long upTo) {
        if (!built(em)) {
            return;
        }
        SUMS.add(em, learners, -1, after, upTo);
        ProgressScopes.add(em, ProgressScopes.RETURNING, learners, -1, after, upTo);
        parameters(em.createNativeQuery("delete from " + LEARNER_TABLE + " where 1 = 1" + learners), after, upTo)
                .executeUpdate();
        parameters(em.createNativeQuery("insert into " + LEARNER_TABLE + " (learner_id, month_start, previous_month, "
                + "first_start_month, organisation_id, site_id) select m.learner_id, m.month_start, m.previous_month, "
                + "(select min(p.started_month) from report_progress p where p.learner_id = m.learner_id), "
                + "m.organisation_id, m.site_id from report_learner_month m where m.organisation_id is not null"
                + learners.replaceFirst(" and learner_id", " and m.learner_id")), after, upTo).executeUpdate();
        SUMS.add(em, learners, 1, after, upTo);
        SUMS.compact(em);
        ProgressScopes.add(em, ProgressScopes.RETURNING, learners, 1, after, upTo);
    }

    /** The condition on a row {@code x}: its learner had started a module before the period (by month, the row's month). */
    static String startedBefore(java.time.LocalDate from, boolean byMonth) {
        return " and x.first_start_month < " + (byMonth ? "x.month_start" : "cast('" + from + "' as date)");
    }

    private static jakarta.persistence.Query parameters(jakarta.persistence.Query query, Long after, Long upTo) {
        if (after != null) {
            query.setParameter(1, after).setParameter(2, upTo);
        }
        return query;
    }
}

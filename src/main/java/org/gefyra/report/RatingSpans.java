package org.gefyra.report;

import jakarta.persistence.EntityManager;

/**
 * The share of learners whose confidence rose, prepared (V18): it compares each learner's "I can"
 * ratings after and before, summed over the period, which no month's sums give. Over a period of
 * whole months a learner's rated months (months with a finished module rated before and after) in it
 * form one run, from the first of them to the last: each run of each learner's rated months is a row
 * (report_learner_rating_span), with whether the ratings after summed over it exceed those before,
 * and the learner's rated months just before and after it. A period counts a learner by the run that
 * starts in it after a rated month before it (or none) and ends in it before one after it (or none);
 * by month, by the run of that month alone. The runs are summed per organisation and site where
 * their learners are counted (report_site_rating_span), so the dashboards read a few rows per
 * organisation and month. Built from report_progress ({@link ProgressMonths}) whenever it builds a
 * learner's rows, in the same turn; a learner with k rated months has k(k+1)/2 runs.
 */
final class RatingSpans {

    static final String SITE_TABLE = "report_site_rating_span";
    static final String LEARNER_TABLE = "report_learner_rating_span";

    private static final ProgressMonths.Sums SUMS = new ProgressMonths.Sums(SITE_TABLE,
            "organisation_id, site_id, first_month, previous_month, last_month, next_month", "learners, gained",
            "count(*), sum(cast(gained as integer))", LEARNER_TABLE, "");

    private RatingSpans() {
    }

    /** Whether the runs are built (and kept since). */
    static boolean built(EntityManager em) {
        return Boolean.TRUE.equals(em.createNativeQuery("select rating_spans_built from report_rollup where id = 1")
                .getSingleResult());
    }

    /** Builds the runs from report_progress when they are not built yet and it is (after V18, say). */
    static void follow(EntityManager em) {
        if (!built(em) && ProgressMonths.builtUpTo(em) != null) {
            rebuild(em);
        }
    }

    /** Builds everything again from report_progress. */
    static void rebuild(EntityManager em) {
        em.createNativeQuery("delete from " + LEARNER_TABLE).executeUpdate();
        build(em, "", null, null);
        SUMS.rebuild(em);
        ProgressScopes.rebuilt(em, ProgressScopes.SPANS);
        em.createNativeQuery("update report_rollup set rating_spans_built = true where id = 1").executeUpdate();
    }

    /**
     * The learners of {@code learners} (a condition on learner_id, as {@link ProgressMonths} gives it,
     * their report_progress built again just before) out of the sums, their runs built again, back in.
     */
    static void count(EntityManager em, String learners, Long after, Long upTo) {
        if (!built(em)) {
            return;
        }
        SUMS.add(em, learners, -1, after, upTo);
        ProgressScopes.add(em, ProgressScopes.SPANS, learners, -1, after, upTo);
        parameters(em.createNativeQuery("delete from " + LEARNER_TABLE + " where 1 = 1" + learners), after, upTo)
                .executeUpdate();
        build(em, learners, after, upTo);
        SUMS.add(em, learners, 1, after, upTo);
        SUMS.compact(em);
        ProgressScopes.add(em, ProgressScopes.SPANS, learners, 1, after, upTo);
    }

    private static void build(EntityManager em, String learners, Long after, Long upTo) {
        String gained = "case when sum(p.confidence_after) > sum(p.confidence_before) then 1 else 0 end";
        String columns = " (learner_id, first_month, last_month, gained, organisation_id, site_id) ";
        // each rated month a run of its own
        parameters(em.createNativeQuery("insert into " + LEARNER_TABLE + columns + "select p.learner_id, p.completed_month, "
                + "p.completed_month, " + gained + ", p.organisation_id, p.site_id from report_progress p where p.rated = 1"
                + learners.replaceFirst(" and learner_id", " and p.learner_id")
                + " group by p.learner_id, p.completed_month, p.organisation_id, p.site_id"), after, upTo).executeUpdate();
        if (learners.isEmpty()) {
            LearnerMonths.analyse(em, LEARNER_TABLE);
        }
        // the runs of several months: from each rated month to each later one
        parameters(em.createNativeQuery("insert into " + LEARNER_TABLE + columns + "select a.learner_id, a.first_month, "
                + "b.first_month, " + gained + ", a.organisation_id, a.site_id from " + LEARNER_TABLE + " a join "
                + LEARNER_TABLE + " b on b.learner_id = a.learner_id and b.last_month = b.first_month "
                + "and b.first_month > a.first_month join report_progress p on p.learner_id = a.learner_id and p.rated = 1 "
                + "and p.completed_month >= a.first_month and p.completed_month <= b.first_month "
                + "where a.last_month = a.first_month" + learners.replaceFirst(" and learner_id", " and a.learner_id")
                + " group by a.learner_id, a.first_month, b.first_month, a.organisation_id, a.site_id"), after, upTo)
                .executeUpdate();
        String month = "(select %s(s.first_month) from " + LEARNER_TABLE + " s where s.learner_id = " + LEARNER_TABLE
                + ".learner_id and s.last_month = s.first_month and s.first_month %s " + LEARNER_TABLE + ".%s)";
        parameters(em.createNativeQuery("update " + LEARNER_TABLE + " set previous_month = "
                + String.format(month, "max", "<", "first_month") + ", next_month = "
                + String.format(month, "min", ">", "last_month") + " where 1 = 1" + learners), after, upTo).executeUpdate();
        if (learners.isEmpty()) {
            LearnerMonths.analyse(em, LEARNER_TABLE);
        }
    }

    /**
     * The condition on a run {@code x} (its first month already in the period, from {@code from} to
     * the day before {@code after}): the run of a learner's rated months in the period, or by month
     * the run of one month. Dates as literals: the caller's parameters come before and after it.
     */
    static String inPeriod(java.time.LocalDate from, java.time.LocalDate after, boolean byMonth) {
        if (byMonth) {
            return " and x.last_month = x.first_month";
        }
        String f = "cast('" + from + "' as date)";
        String a = "cast('" + after + "' as date)";
        return " and (x.previous_month is null or x.previous_month < " + f + ") and x.last_month < " + a
                + " and (x.next_month is null or x.next_month >= " + a + ")";
    }

    private static jakarta.persistence.Query parameters(jakarta.persistence.Query query, Long after, Long upTo) {
        if (after != null) {
            query.setParameter(1, after).setParameter(2, upTo);
        }
        return query;
    }
}

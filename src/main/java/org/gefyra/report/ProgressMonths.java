package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Module progress summed per organisation, site and month (V16), what the dashboards read the
 * progress measures from instead of every module_progress row: distinct learners per kind and month
 * with their previous month of that kind (report_site_progress_month: S started, C finished, T finished
 * with a time, R finished with both confidence ratings, F certificate), modules per month started,
 * finished and certified with their ratings summed (report_site_progress), and finished modules per
 * minute to finish (report_site_progress_minutes). Under them, each learner's progress as it is
 * counted (report_progress, report_learner_progress_month). As {@link SiteMonths} does, the rollup's
 * turn takes the learners whose progress changed out of the sums, builds their rows again from
 * module_progress where they are counted now, and puts them back: the learners of the batch's events
 * (every change of progress comes with an event in the journal's transaction, except a certificate,
 * which marks its learner in report_learner_recount), and the learners marked there (moved, consent).
 */
final class ProgressMonths {

    /** One table of sums: its key, its sums (aggregates over its source), the source table and its condition. */
    record Sums(String table, String key, String columns, String sums, String source, String condition) {

        String select(String learners, int sign, String turn) {
            String s = sign < 0 ? "0 - " : "";
            return "select " + key + ", " + s + sums.replace(", ", ", " + s) + ", " + turn + " from " + source
                    + " where organisation_id is not null" + condition + learners + " group by " + key;
        }

        void add(EntityManager em, String learners, int sign, Long after, Long upTo) {
            var insert = em.createNativeQuery("insert into " + table + " (" + key + ", " + columns + ", turn) "
                    + select(learners, sign, "0"));
            parameters(insert, after, upTo).executeUpdate();
        }

        void rebuild(EntityManager em) {
            em.createNativeQuery("delete from " + table).executeUpdate();
            em.createNativeQuery("insert into " + table + " (" + key + ", " + columns + ", turn) " + select("", 1, "1"))
                    .executeUpdate();
            LearnerMonths.analyse(em, table);
        }

        /** As {@link SiteMonths#compact}: the keys with deltas summed into one row per key. */
        void compact(EntityManager em) {
            SumsCompaction.compact(em, table, key, columns);
        }
    }

    private static final List<Sums> SUMS = List.of(
            new Sums("report_site_progress_month", "organisation_id, site_id, kind, month_start, previous_month",
                    "learners", "count(*)", "report_learner_progress_month", ""),
            new Sums("report_site_progress", "organisation_id, site_id, started_month, completed_month, certificate_month",
                    "modules, rated, confidence_before, confidence_after",
                    "count(*), sum(rated), sum(confidence_before), sum(confidence_after)", "report_progress", ""),
            new Sums("report_site_progress_minutes", "organisation_id, site_id, completed_month, minutes", "modules",
                    "count(*)", "report_progress", " and minutes is not null"));

    static final String BOTH = "x.confidence_before is not null and x.confidence_after is not null";

    private ProgressMonths() {
    }

    /** The last event whose learners' progress is in the tables, or null when they must be built again. */
    static Long builtUpTo(EntityManager em) {
        Object built = em.createNativeQuery("select progress_event_id from report_rollup where id = 1").getSingleResult();
        return built == null ? null : ((Number) built).longValue();
    }

    /**
     * Brings the tables to module_progress after the events {@code last} + 1 to {@code upTo} were folded
     * in: those events' learners when the tables were at {@code last}, else everything.
     */
    static void follow(EntityManager em, long last, long upTo) {
        Long built = builtUpTo(em);
        if (built == null || built != last) {
            rebuild(em);
        } else if (upTo > last) {
            for (String ids : LearnerMonths.batchLearners(em, last, upTo)) {
                count(em, " and learner_id in (" + ids + ")", null, null);
            }
        }
        em.createNativeQuery("update report_rollup set progress_event_id = ?1 where id = 1").setParameter(1, upTo)
                .executeUpdate();
    }

    /** Counts again the learners of {@code ids} (a list of ids, see {@link SiteMonths#recount}). */
    static void recount(EntityManager em, String ids) {
        if (builtUpTo(em) != null) {
            count(em, " and learner_id in (" + ids + ")", null, null);
        }
        ProgressCompetences.recount(em, ids);
    }

    /** The learners of {@code learners} (a condition on learner_id) out of the sums, built again, back in. */
    private static void count(EntityManager em, String learners, Long after, Long upTo) {
        for (Sums sums : SUMS) {
            sums.add(em, learners, -1, after, upTo);
        }
        ProgressScopes.add(em, ProgressScopes.PLAIN, learners, -1, after, upTo);
        for (String table : List.of("report_progress", "report_learner_progress_month")) {
            parameters(em.createNativeQuery("delete from " + table + " where 1 = 1" + learners), after, upTo)
                    .executeUpdate();
        }
        coverDays(em, false);
        build(em, learners, after, upTo);
        for (Sums sums : SUMS) {
            sums.add(em, learners, 1, after, upTo);
            sums.compact(em);
        }
        ProgressScopes.add(em, ProgressScopes.PLAIN, learners, 1, after, upTo);
        RatingSpans.count(em, learners, after, upTo);
        ReturningMonths.count(em, learners, after, upTo);
    }

    /** Builds everything again from module_progress. */
    static void rebuild(EntityManager em) {
        em.createNativeQuery("delete from report_progress").executeUpdate();
        em.createNativeQuery("delete from report_learner_progress_month").executeUpdate();
        coverDays(em, true);
        build(em, "", null, null);
        LearnerMonths.analyse(em, "report_progress");
        LearnerMonths.analyse(em, "report_learner_progress_month");
        for (Sums sums : SUMS) {
            sums.rebuild(em);
        }
        ProgressScopes.rebuilt(em, ProgressScopes.PLAIN);
        RatingSpans.rebuild(em);
        ReturningMonths.rebuild(em);
    }

    /** The rows of report_progress and report_learner_progress_month of {@code learners}, from module_progress. */
    private static void build(EntityManager em, String learners, Long after, Long upTo) {
        String counted = "case when l.consent_reports = true then l.";
        String both = "x.completed_at is not null and " + BOTH;
        parameters(em.createNativeQuery("insert into report_progress (learner_id, started_month, completed_month, "
                + "certificate_month, rated, confidence_before, confidence_after, minutes, organisation_id, site_id) "
                + "select x.learner_id, s.month_start, c.month_start, f.month_start, "
                + "case when " + both + " then 1 else 0 end, "
                + "case when " + both + " then cast(x.confidence_before as integer) else 0 end, "
                + "case when " + both + " then cast(x.confidence_after as integer) else 0 end, "
                + "case when x.completed_at is not null then (x.seconds_to_complete + 59) / 60 end, "
                + counted + "organisation_id else cast(null as bigint) end, "
                + counted + "site_id else cast(null as bigint) end "
                + "from module_progress x join learner l on l.id = x.learner_id "
                + "join report_day s on s.day = cast(x.started_at as date) "
                + "left join report_day c on c.day = cast(x.completed_at as date) "
                + "left join report_day f on f.day = cast(x.certificate_at as date) "
                + "where x.learner_id is not null" + learners.replaceFirst(" and learner_id", " and x.learner_id")), after, upTo)
                .executeUpdate();
        learnerMonths(em, "report_learner_progress_month", "report_progress", "", learners, after, upTo);
    }

    /**
     * Puts into {@code table} each learner's months of each kind from the progress rows of {@code source}
     * (keyed further by {@code key}: "" or ", area, competence"), each with the learner's month of that
     * kind before it. On PostgreSQL one set query per kind, each row joined to the same learner's earlier
     * rows: an update of every row looking up its previous month cost 17 of V17's 20 s at 50,000
     * learners. Derby runs that join as a nested loop over whole tables (minutes), so there the rows go
     * in first and look their previous month up by the (learner_id, kind) index.
     */
    static void learnerMonths(EntityManager em, String table, String source, String key, String learners,
            Long after, Long upTo) {
        boolean joined = ReportBuilds.postgres(em);
        String aKey = key.replace(", ", ", a.");
        String joinKey = key.replaceAll(", (\\w+)", " and b.$1 = a.$1");
        String aLearners = learners.replaceFirst(" and learner_id", " and a.learner_id");
        for (String[] kind : new String[][] {{"S", "started_month", ""}, {"C", "completed_month", ""},
                {"T", "completed_month", " and %s.minutes is not null"}, {"R", "completed_month", " and %s.rated = 1"},
                {"F", "certificate_month", ""}}) {
            String month = kind[1];
            String previous = joined ? "max(b." + month + ")" : "cast(null as date)";
            String earlier = !joined ? "" : " left join " + source + " b on b.learner_id = a.learner_id" + joinKey
                    + " and b." + month + " < a." + month + kind[2].formatted("b");
            parameters(em.createNativeQuery("insert into " + table + " (learner_id" + key + ", kind, month_start, "
                    + "organisation_id, site_id, previous_month) select a.learner_id" + aKey + ", '" + kind[0] + "', a."
                    + month + ", a.organisation_id, a.site_id, " + previous + " from " + source + " a" + earlier
                    + " where a." + month + " is not null" + kind[2].formatted("a") + aLearners
                    + " group by a.learner_id" + aKey + ", a." + month + ", a.organisation_id, a.site_id"), after, upTo)
                    .executeUpdate();
        }
        if (!joined) {
            String same = key.replaceAll(", (\\w+)", " and p.$1 = " + table + ".$1");
            parameters(em.createNativeQuery("update " + table + " set previous_month = (select max(p.month_start) from "
                    + table + " p where p.learner_id = " + table + ".learner_id and p.kind = " + table + ".kind" + same
                    + " and p.month_start < " + table + ".month_start) where 1 = 1" + learners), after, upTo).executeUpdate();
        }
    }

    /**
     * Puts into report_day the days module_progress's times may fall on that it lacks: from the first
     * start there is to the latest time there is, and tomorrow.
     */
    static void coverDays(EntityManager em, boolean all) {
        java.time.LocalDate from = java.time.LocalDate.now();
        java.time.LocalDate to = from.plusDays(1);
        if (all) {
            Object[] range = (Object[]) em.createNativeQuery("select min(started_at), max(started_at), max(completed_at), "
                    + "max(certificate_at) from module_progress").getSingleResult();
            for (Object time : range) {
                if (time != null) {
                    java.time.LocalDate day = ((java.sql.Timestamp) time).toLocalDateTime().toLocalDate();
                    from = day.isBefore(from) ? day : from;
                    to = day.isAfter(to) ? day : to;
                }
            }
        }
        Object[] have = (Object[]) em.createNativeQuery("select min(day), max(day) from report_day").getSingleResult();
        if (have[0] == null) {
            addDays(em, from, to);
            return;
        }
        java.time.LocalDate first = ((java.sql.Date) have[0]).toLocalDate();
        java.time.LocalDate last = ((java.sql.Date) have[1]).toLocalDate();
        if (from.isBefore(first)) {
            addDays(em, from, first.minusDays(1));
        }
        if (to.isAfter(last)) {
            addDays(em, last.plusDays(1), to);
        }
    }

    private static void addDays(EntityManager em, java.time.LocalDate from, java.time.LocalDate to) {
        for (java.time.LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            em.createNativeQuery("insert into report_day (day, month_start) values (?1, ?2)")
                    .setParameter(1, java.sql.Date.valueOf(day)).setParameter(2, java.sql.Date.valueOf(day.withDayOfMonth(1)))
                    .executeUpdate();
        }
    }

    static jakarta.persistence.Query parameters(jakarta.persistence.Query query, Long after, Long upTo) {
        if (after != null) {
            query.setParameter(1, after).setParameter(2, upTo);
        }
        return query;
    }
}

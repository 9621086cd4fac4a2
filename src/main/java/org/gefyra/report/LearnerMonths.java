package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A summary of the learning days per learner and month, with each learner's previous months, kept
 * in step with report_learning_day by {@link ReportRollup} (in its transaction, its row locked):
 * report_learner_month ({@link #BY_LEARNER}), and report_learner_competence_month
 * ({@link #BY_COMPETENCE}), the same per DigComp competence of the modules. A batch of events
 * rebuilds, from the learning days, the months it touched of the learners it touched, then those
 * learners' previous months: rebuilding the same months again gives the same rows, so it is safe to
 * repeat. When a table is behind (made by the migration after the events, the learning days written
 * by the data generator, the modules' competences changed), it is built again from all the learning
 * days, by the background turn ({@link ReportBuilds}), never in a report's.
 */
final class LearnerMonths {

    /** The learning days per learner and month. */
    static final LearnerMonths BY_LEARNER = new LearnerMonths("report_learner_month", "", "months_event_id");

    /** The learning days per learner, DigComp competence (of their modules) and month. */
    static final LearnerMonths BY_COMPETENCE = new LearnerMonths("report_learner_competence_month", "competence",
            "competence_months_event_id");

    /** How many learners a statement of a turn names at most ({@link #batchLearners}). */
    static final int LEARNERS_AT_ONCE = 500;

    /** The rows from which Derby measures a table just built ({@link #analyse}); a test sets it lower. */
    static long derbyMeasuresFrom = 20_000;

    /** The table; the column that sets a learner's rows apart besides the month ("" for none); report_rollup's column. */
    private final String table;
    private final String key;
    private final String builtColumn;

    private LearnerMonths(String table, String key, String builtColumn) {
        this.table = table;
        this.key = key;
        this.builtColumn = builtColumn;
    }

    String table() {
        return table;
    }

    /** The sums of this table per organisation and site (see {@link SiteMonths}). */
    SiteMonths sums() {
        return this == BY_LEARNER ? SiteMonths.BY_SITE : SiteMonths.BY_COMPETENCE;
    }

    /** The last event whose learning is in the table, or null when it was never built (or must be again). */
    Long builtUpTo(EntityManager em) {
        Object built = em.createNativeQuery("select " + builtColumn + " from report_rollup where id = 1").getSingleResult();
        return built == null ? null : ((Number) built).longValue();
    }

    /** Has the table built again at the next turn of the rollup, and read by no report till then. */
    void outdate(EntityManager em) {
        em.createNativeQuery("update report_rollup set " + builtColumn + " = null where id = 1").executeUpdate();
    }

    /**
     * Brings the table to the learning days after the events {@code last} + 1 to {@code upTo} were
     * folded into them: only those events' learners and months when the table was at {@code last},
     * else everything.
     */
    void follow(EntityManager em, long last, long upTo) {
        Long built = builtUpTo(em);
        if (built == null || built != last) {
            rebuild(em);
        } else if (upTo > last) {
            Object[] range = (Object[]) em.createNativeQuery("select min(e.occurred_at), max(e.occurred_at) from "
                    + "learning_event e where e.id > ?1 and e.id <= ?2 and e.learner_id is not null")
                    .setParameter(1, last).setParameter(2, upTo).getSingleResult();
            if (range[0] != null) {
                YearMonth first = YearMonth.from(((java.sql.Timestamp) range[0]).toLocalDateTime());
                YearMonth lastMonth = YearMonth.from(((java.sql.Timestamp) range[1]).toLocalDateTime());
                for (String ids : batchLearners(em, last, upTo)) {
                    String learners = "m.learner_id in (" + ids + ")";
                    sums().add(em, learners, -1, null, null); // their months out of the sums before they change, back in after
                    for (YearMonth month = first; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
                        em.createNativeQuery("delete from " + table + " where month_start = ?3 and learner_id in (" + ids
                                + ")").setParameter(3, Date.valueOf(month.atDay(1))).executeUpdate();
                        insertMonth(em, month, " and d.learner_id in (" + ids + ")", null, null, false);
                    }
                    linkPreviousMonths(em, " where learner_id in (" + ids + ")", null, null);
                    sums().add(em, learners, 1, null, null);
                }
                sums().compact(em);
            }
        }
        em.createNativeQuery("update report_rollup set " + builtColumn + " = ?1 where id = 1").setParameter(1, upTo)
                .executeUpdate();
    }

    /**
     * The learners of the events {@code after} + 1 to {@code upTo}, as lists of ids (at most
     * {@link #LEARNERS_AT_ONCE} each), which a turn's statements name. Derby runs "learner_id in (select
     * ... from learning_event ...)" by reading every row of the table and looking each one's learner up
     * in the events (more than 5 minutes for the 16 events of one turn on the 18 million rows of
     * report_learner_progress_competence_month at a million learners); a list of ids it reads through
     * the learner's index (a fraction of a second).
     */
    @SuppressWarnings("unchecked")
    static List<String> batchLearners(EntityManager em, long after, long upTo) {
        List<Object> learners = em.createNativeQuery("select distinct learner_id from learning_event where id > ?1 "
                + "and id <= ?2 and learner_id is not null order by learner_id").setParameter(1, after).setParameter(2, upTo)
                .getResultList();
        List<String> lists = new ArrayList<>();
        for (int from = 0; from < learners.size(); from += LEARNERS_AT_ONCE) {
            lists.add(learners.subList(from, Math.min(learners.size(), from + LEARNERS_AT_ONCE)).stream()
                    .map(id -> String.valueOf(((Number) id).longValue())).collect(Collectors.joining(", ")));
        }
        return lists;
    }

    /** Builds the whole table again from the learning days. */
    void rebuild(EntityManager em) {
        em.createNativeQuery("delete from " + table).executeUpdate();
        Object[] range = (Object[]) em.createNativeQuery("select min(day), max(day) from report_learning_day")
                .getSingleResult();
        if (range[0] == null) {
            sums().rebuild(em);
            if (this == BY_LEARNER) {
                ReturningMonths.rebuild(em);
            }
            return;
        }
        YearMonth first = YearMonth.from(((Date) range[0]).toLocalDate());
        YearMonth last = YearMonth.from(((Date) range[1]).toLocalDate());
        // month after month, each row linked to the learner's earlier months as it goes in: no update
        // of every row afterwards (at a million learners that rewrote 1.1 and 2.8 million rows: 15 and 30 s)
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            insertMonth(em, month, "", null, null, true);
        }
        analyse(em, table);
        sums().rebuild(em);
        if (this == BY_LEARNER) {
            ReturningMonths.rebuild(em);
        }
    }

    /**
     * Has the database take the measure of a table just filled again, at once. PostgreSQL: until
     * autovacuum does (minutes later at a million learners, behind the tables it is already vacuuming),
     * the planner keeps the statistics of before and joins millions of rows one index lookup at a time
     * (4.6 s instead of 0.8 s for a network coordinator's query by competence on `large`). Derby: its
     * statistics daemon works in a transaction of its own, which cannot read the rows a build has not
     * committed yet, so the build's own row-by-row lookups went by heuristics, which prefer the index
     * matching more columns (each learner's previous months read from all of the network's: the
     * attendance months' update stuck for half an hour on `large`). Derby only measures a large table:
     * new statistics make it compile every statement that reads the table again, which costs more than
     * the heuristics lose on a small one.
     */
    static void analyse(EntityManager em, String table) {
        if (ReportBuilds.postgres(em)) {
            em.createNativeQuery("analyze " + table).executeUpdate();
        } else if (((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue()
                >= derbyMeasuresFrom) {
            em.createNativeQuery("call syscs_util.syscs_update_statistics(current schema, ?, null)")
                    .setParameter(1, table.toUpperCase(Locale.ROOT)).executeUpdate();
        }
    }

    /**
     * Sums a month's learning days into rows of the table; {@code linked}: with their previous months too,
     * read from the rows already there (when the months go in in order, the table holding no later ones).
     */
    private void insertMonth(EntityManager em, YearMonth month, String learners, Long after, Long upTo, boolean linked) {
        LocalDate start = month.atDay(1);
        String keyColumn = key.isEmpty() ? "" : key + ", ";
        String keyValue = key.isEmpty() ? "" : "mc." + key + " k, ";
        String competences = key.isEmpty() ? "" : " join report_module_competence mc on mc.module_id = d.module_id";
        String sums = "select d.learner_id lid, " + keyValue + "sum(d.active_seconds) s, sum(d.first_answers) q, "
                + "sum(d.first_answers_right) r, sum(d.practice_steps) ps, sum(d.goals_reached) g from report_learning_day d"
                + competences + " where d.day >= ?3 and d.day < ?4" + learners + " group by d.learner_id"
                + (key.isEmpty() ? "" : ", mc." + key);
        String previous = "(select max(p.month_start) from " + table + " p where p.learner_id = m.lid"
                + (key.isEmpty() ? "" : " and p." + key + " = m.k") + " and p.month_start < ?3";
        String previousColumns = !linked ? "" : ", previous_month, previous_answer_month, previous_practice_month";
        String previousValues = !linked ? "" : ", " + previous + "), " + previous + " and p.first_answers > 0), " + previous
                + " and (p.practice_steps > 0 or p.goals_reached > 0))";
        // where the month is counted, as its learner is now (see SiteMonths)
        String placeColumns = ", organisation_id, site_id";
        String placeValues = ", case when l.consent_reports = true then l.organisation_id else cast(null as bigint) end, "
                + "case when l.consent_reports = true then l.site_id else cast(null as bigint) end";
        // the sums first, then their previous months (Derby takes no subquery beside a group by)
        var insert = em.createNativeQuery("insert into " + table + " (learner_id, " + keyColumn + "month_start, "
                + "active_seconds, first_answers, first_answers_right, practice_steps, goals_reached" + previousColumns
                + placeColumns + ") select m.lid, " + (key.isEmpty() ? "" : "m.k, ") + "?3, m.s, m.q, m.r, m.ps, m.g"
                + previousValues + placeValues + " from (" + sums + ") m left join learner l on l.id = m.lid")
                .setParameter(3, Date.valueOf(start)).setParameter(4, Date.valueOf(start.plusMonths(1)));
        if (after != null) {
            insert.setParameter(1, after).setParameter(2, upTo);
        }
        insert.executeUpdate();
    }

    private void linkPreviousMonths(EntityManager em, String learners, Long after, Long upTo) {
        String previous = "(select max(p.month_start) from " + table + " p where p.learner_id = " + table + ".learner_id"
                + (key.isEmpty() ? "" : " and p." + key + " = " + table + "." + key) + " and p.month_start < " + table
                + ".month_start";
        var update = em.createNativeQuery("update " + table + " set previous_month = " + previous + "), "
                + "previous_answer_month = " + previous + " and p.first_answers > 0), "
                + "previous_practice_month = " + previous + " and (p.practice_steps > 0 or p.goals_reached > 0))" + learners);
        if (after != null) {
            update.setParameter(1, after).setParameter(2, upTo);
        }
        update.executeUpdate();
    }
}

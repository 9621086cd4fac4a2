package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The learner months summed per organisation, site, month and previous months (report_site_month):
 * what the dashboards read the learning days' measures from, some hundred rows per organisation
 * instead of a row per learner and month. Each learner month carries where it is counted (its
 * organisation and site, null when its learner is not counted); the sums are always those of the
 * learner months by where they are counted. {@link LearnerMonths} takes a batch's learners' months
 * out of the sums before it builds them again and puts them back after; a learner who moves to
 * another site or withdraws consent is counted again at the rollup's next turn ({@link #recount}).
 * Either way a turn costs what its learners hold, then the keys it changed are compacted into one
 * row per key. {@link #BY_COMPETENCE} does the same per DigComp competence
 * (report_site_competence_month, from report_learner_competence_month).
 */
final class SiteMonths {

    /** The learner months per organisation, site and month. */
    static final SiteMonths BY_SITE = new SiteMonths("report_site_month", "");

    /** The competence months per organisation, site, DigComp competence and month. */
    static final SiteMonths BY_COMPETENCE = new SiteMonths("report_site_competence_month", "competence");

    private static final String SUMS = "learners, answering, practising, active_seconds, first_answers, "
            + "first_answers_right, goals_reached";

    /** How many learners a statement of {@link #recount} takes at most. */
    private static final int RECOUNTED_AT_ONCE = 500;

    private final String table;
    /** The key of the table: where, (what,) when, and the previous months. */
    private final String key;

    private SiteMonths(String table, String what) {
        this.table = table;
        this.key = "organisation_id, site_id, " + (what.isEmpty() ? "" : what + ", ") + "month_start, previous_month, "
                + "previous_answer_month, previous_practice_month";
    }

    String table() {
        return table;
    }

    /** The learner months this table sums. */
    private LearnerMonths months() {
        return this == BY_SITE ? LearnerMonths.BY_LEARNER : LearnerMonths.BY_COMPETENCE;
    }

    /** Builds the sums again from all the learner months. */
    void rebuild(EntityManager em) {
        em.createNativeQuery("delete from " + table).executeUpdate();
        em.createNativeQuery("insert into " + table + " (" + key + ", " + SUMS + ", turn) " + sums("", 1, "1"))
                .executeUpdate();
        LearnerMonths.analyse(em, table);
    }

    /**
     * Adds ({@code sign} 1) or takes out (-1) the months of the learners of {@code learners}, a
     * condition on {@code m.learner_id} whose parameters are ?1 and ?2 ({@code after}, {@code upTo}) when given.
     */
    void add(EntityManager em, String learners, int sign, Long after, Long upTo) {
        var insert = em.createNativeQuery("insert into " + table + " (" + key + ", " + SUMS + ", turn) "
                + sums(" and " + learners, sign, "0"));
        if (after != null) {
            insert.setParameter(1, after).setParameter(2, upTo);
        }
        insert.executeUpdate();
    }

    /** The learner months summed by where they are counted, as rows of the table; {@code where}: more conditions. */
    private String sums(String where, int sign, String turn) {
        String s = sign < 0 ? "0 - " : "";
        String grouped = "m." + key.replace(", ", ", m.");
        return "select " + grouped + ", " + s + "count(*), " + s + "sum(case when m.first_answers > 0 then 1 else 0 end), "
                + s + "sum(case when m.practice_steps > 0 or m.goals_reached > 0 then 1 else 0 end), "
                + s + "sum(m.active_seconds), " + s + "sum(cast(m.first_answers as bigint)), "
                + s + "sum(cast(m.first_answers_right as bigint)), " + s + "sum(cast(m.goals_reached as bigint)), " + turn
                + " from " + months().table() + " m where m.organisation_id is not null" + where + " group by " + grouped;
    }

    /**
     * Where the learner months of {@code learners} (as in {@link #add}) are counted, as their learners
     * are now: their organisation and site, or nowhere.
     */
    void place(EntityManager em, String learners, Long after, Long upTo) {
        String months = months().table();
        String of = " from learner l where l.id = " + months + ".learner_id and l.consent_reports = true)";
        var update = em.createNativeQuery("update " + months + " set organisation_id = (select l.organisation_id" + of
                + ", site_id = (select l.site_id" + of + " where " + learners.replace("m.learner_id", "learner_id"));
        if (after != null) {
            update.setParameter(1, after).setParameter(2, upTo);
        }
        update.executeUpdate();
    }

    /**
     * Counts again the learners marked in report_learner_recount (their site or consent changed, or a
     * certificate was issued to them: see {@link ProgressMonths}), in both tables and their progress: their months taken out where they were counted and put back where they are now.
     * The marks are deleted before the learners are read, so that a change committed meanwhile leaves
     * its mark for the next turn.
     */
    @SuppressWarnings("unchecked")
    static void recount(EntityManager em) {
        List<Long> marked = ((List<Object>) em.createNativeQuery("select distinct learner_id from report_learner_recount")
                .getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        for (int from = 0; from < marked.size(); from += RECOUNTED_AT_ONCE) {
            List<Long> some = new ArrayList<>(marked.subList(from, Math.min(marked.size(), from + RECOUNTED_AT_ONCE)));
            String ids = some.stream().map(String::valueOf).collect(Collectors.joining(", "));
            em.createNativeQuery("delete from report_learner_recount where learner_id in (" + ids + ")").executeUpdate();
            String learners = "m.learner_id in (" + ids + ")";
            for (SiteMonths sums : List.of(BY_SITE, BY_COMPETENCE)) {
                sums.add(em, learners, -1, null, null);
                sums.place(em, learners, null, null);
                sums.add(em, learners, 1, null, null);
            }
            ProgressMonths.recount(em, ids);
        }
        BY_SITE.compact(em);
        BY_COMPETENCE.compact(em);
    }

    /** Marks a learner to be counted again at the rollup's next turn. */
    static void markForRecount(EntityManager em, long learnerId) {
        em.createNativeQuery("insert into report_learner_recount (learner_id) values (?1)").setParameter(1, learnerId)
                .executeUpdate();
    }

    /** The keys with deltas (turn 0) summed into one row per key (see {@link SumsCompaction}). */
    void compact(EntityManager em) {
        SumsCompaction.compact(em, table, key, SUMS);
    }
}

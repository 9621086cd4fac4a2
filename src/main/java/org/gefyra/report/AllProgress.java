package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The prepared module progress summed over every organisation (V19): the sums of {@link ProgressMonths}
 * and {@link ProgressCompetences} without the organisation and site in their key, what a report of every
 * organisation with no site chosen (an administrator's dashboard) reads in total, by month and by DigComp
 * area and competence: a thousand rows where the sums per organisation and site are millions at a
 * million learners. Kept in the same turn as those, from the same learners' rows (their deltas added,
 * then the whole table compacted: it is small); built from the sums per organisation and site by the
 * background turn, and again with them.
 */
final class AllProgress {

    /** The tables by the sums per organisation and site they stand for: the same name, report_all_ for report_site_. */
    static final List<ProgressMonths.Sums> PLAIN = List.of(
            new ProgressMonths.Sums("report_all_progress_month", "kind, month_start, previous_month", "learners", "count(*)",
                    "report_learner_progress_month", ""),
            new ProgressMonths.Sums("report_all_progress", "started_month, completed_month, certificate_month",
                    "modules, rated, confidence_before, confidence_after",
                    "count(*), sum(rated), sum(confidence_before), sum(confidence_after)", "report_progress", ""));

    static final List<ProgressMonths.Sums> COMPETENCES = List.of(
            new ProgressMonths.Sums("report_all_progress_competence_month", "area, competence, kind, month_start, previous_month",
                    "learners", "count(*)", "report_learner_progress_competence_month", ""),
            new ProgressMonths.Sums("report_all_progress_competence",
                    "area, competence, started_month, completed_month, certificate_month",
                    "modules, rated, confidence_before, confidence_after",
                    "count(*), sum(rated), sum(confidence_before), sum(confidence_after)", "report_progress_competence", ""));

    private AllProgress() {
    }

    /** Whether the tables are built (and kept since). */
    static boolean built(EntityManager em) {
        return Boolean.TRUE.equals(em.createNativeQuery("select all_progress_built from report_rollup where id = 1")
                .getSingleResult());
    }

    /** The table of these that stands for a table of sums per organisation and site, or null when none does. */
    static String table(String siteTable) {
        String all = siteTable.replaceFirst("^report_site_", "report_all_");
        return PLAIN.stream().map(ProgressMonths.Sums::table).anyMatch(all::equals)
                || COMPETENCES.stream().map(ProgressMonths.Sums::table).anyMatch(all::equals) ? all : null;
    }

    /** Builds them when they are not built yet and both families of sums they come from are (after V19, say). */
    static void follow(EntityManager em) {
        if (!built(em) && ProgressMonths.builtUpTo(em) != null && ProgressCompetences.builtUpTo(em) != null) {
            rebuild(em);
        }
    }

    /** Builds them all from the sums per organisation and site. */
    static void rebuild(EntityManager em) {
        fill(em, PLAIN);
        fill(em, COMPETENCES);
        em.createNativeQuery("update report_rollup set all_progress_built = true where id = 1").executeUpdate();
    }

    /** After the family's sums per organisation and site were built again: these too, when they are kept. */
    static void rebuilt(EntityManager em, List<ProgressMonths.Sums> family) {
        if (built(em)) {
            fill(em, family);
        }
    }

    /** As {@link ProgressMonths.Sums#add} for the family, when they are kept; after adding, compacted. */
    static void add(EntityManager em, List<ProgressMonths.Sums> family, String learners, int sign, Long after, Long upTo) {
        if (!built(em)) {
            return;
        }
        for (ProgressMonths.Sums sums : family) {
            sums.add(em, learners, sign, after, upTo);
            if (sign > 0) {
                compact(em, sums);
            }
        }
    }

    private static void fill(EntityManager em, List<ProgressMonths.Sums> family) {
        for (ProgressMonths.Sums sums : family) {
            em.createNativeQuery("delete from " + sums.table()).executeUpdate();
            em.createNativeQuery("insert into " + sums.table() + " (" + sums.key() + ", " + sums.columns() + ", turn) select "
                    + sums.key() + ", " + summed(sums) + ", 1 from " + sums.table().replaceFirst("^report_all_", "report_site_")
                    + " group by " + sums.key() + having(sums)).executeUpdate();
            LearnerMonths.analyse(em, sums.table());
        }
    }

    /** The deltas (turn 0) summed with the rest into one row per key: the whole table, a small one. */
    private static void compact(EntityManager em, ProgressMonths.Sums sums) {
        String table = sums.table();
        if (((Number) em.createNativeQuery("select count(*) from " + table + " where turn = 0").getSingleResult())
                .longValue() == 0) {
            return;
        }
        long next = Math.max(1, ((Number) em.createNativeQuery("select max(turn) from " + table).getSingleResult())
                .longValue() + 1);
        em.createNativeQuery("insert into " + table + " (" + sums.key() + ", " + sums.columns() + ", turn) select "
                + sums.key() + ", " + summed(sums) + ", " + next + " from " + table + " group by " + sums.key() + having(sums))
                .executeUpdate();
        em.createNativeQuery("delete from " + table + " where turn <> " + next).executeUpdate();
    }

    private static String summed(ProgressMonths.Sums sums) {
        return "sum(" + sums.columns().replace(", ", "), sum(") + ")";
    }

    private static String having(ProgressMonths.Sums sums) {
        return " having sum(" + sums.columns().split(", ")[0] + ") <> 0";
    }
}

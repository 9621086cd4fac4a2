package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The prepared module progress of {@link ProgressMonths} per DigComp area and competence (V17), as
 * report_site_competence_month is to report_site_month: what the dashboards by area and competence
 * read. Each learner's module_progress is counted once under each competence of its module and once
 * under each of its areas (competence '': a module with two competences of an area counts once there);
 * each learner's months of each kind per area and competence carry the previous month of that kind
 * there, so that whole months count distinct learners. The rollup keeps them in the same turn and the
 * same way as ProgressMonths (the batch's learners and those marked for a recount taken out of the
 * sums, built again, put back), with a mark of its own: a change of the modules' competences
 * ({@link CompetenceTable}) builds them again at the next turn.
 */
final class ProgressCompetences {

    private static final List<ProgressMonths.Sums> SUMS = List.of(
            new ProgressMonths.Sums("report_site_progress_competence_month",
                    "organisation_id, site_id, area, competence, kind, month_start, previous_month", "learners", "count(*)",
                    "report_learner_progress_competence_month", ""),
            new ProgressMonths.Sums("report_site_progress_competence",
                    "organisation_id, site_id, area, competence, started_month, completed_month, certificate_month",
                    "modules, rated, confidence_before, confidence_after",
                    "count(*), sum(rated), sum(confidence_before), sum(confidence_after)", "report_progress_competence", ""),
            new ProgressMonths.Sums("report_site_progress_competence_minutes",
                    "organisation_id, site_id, area, competence, completed_month, minutes", "modules", "count(*)",
                    "report_progress_competence", " and minutes is not null"));

    /** The modules' competences, and their areas (competence ''): a module once per area. */
    private static final String COMPETENCES = "(select module_id, area, competence from report_module_competence union all "
            + "select distinct module_id, area, cast('' as varchar(8)) from report_module_competence)";

    private ProgressCompetences() {
    }

    /** The table of these that stands for {@code table} of ProgressMonths (sums or a learner's rows). */
    static String table(String table) {
        return switch (table) {
            case "report_site_progress_month" -> "report_site_progress_competence_month";
            case "report_site_progress" -> "report_site_progress_competence";
            case "report_site_progress_minutes" -> "report_site_progress_competence_minutes";
            case "report_learner_progress_month" -> "report_learner_progress_competence_month";
            case "report_progress" -> "report_progress_competence";
            default -> throw new IllegalArgumentException(table);
        };
    }

    /** The last event whose learners' progress is in the tables, or null when they must be built again. */
    static Long builtUpTo(EntityManager em) {
        Object built = em.createNativeQuery("select competence_progress_event_id from report_rollup where id = 1")
                .getSingleResult();
        return built == null ? null : ((Number) built).longValue();
    }

    /** The modules' competences changed: built again at the rollup's next turn. */
    static void outdate(EntityManager em) {
        em.createNativeQuery("update report_rollup set competence_progress_event_id = null where id = 1").executeUpdate();
    }

    /** As {@link ProgressMonths#follow}, after it in the same turn. */
    static void follow(EntityManager em, long last, long upTo) {
        Long built = builtUpTo(em);
        if (built == null || built != last) {
            rebuild(em);
        } else if (upTo > last) {
            for (String ids : LearnerMonths.batchLearners(em, last, upTo)) {
                count(em, " and learner_id in (" + ids + ")", null, null);
            }
        }
        em.createNativeQuery("update report_rollup set competence_progress_event_id = ?1 where id = 1")
                .setParameter(1, upTo).executeUpdate();
    }

    /** Counts again the learners of {@code ids} (a list of ids, see {@link SiteMonths#recount}). */
    static void recount(EntityManager em, String ids) {
        if (builtUpTo(em) != null) {
            count(em, " and learner_id in (" + ids + ")", null, null);
        }
    }

    private static void count(EntityManager em, String learners, Long after, Long upTo) {
        for (ProgressMonths.Sums sums : SUMS) {
            sums.add(em, learners, -1, after, upTo);
        }
        ProgressScopes.add(em, ProgressScopes.COMPETENCES, learners, -1, after, upTo);
        for (String table : List.of("report_progress_competence", "report_learner_progress_competence_month")) {
            ProgressMonths.parameters(em.createNativeQuery("delete from " + table + " where 1 = 1" + learners), after, upTo)
                    .executeUpdate();
        }
        ProgressMonths.coverDays(em, false);
        build(em, learners, after, upTo);
        for (ProgressMonths.Sums sums : SUMS) {
            sums.add(em, learners, 1, after, upTo);
            sums.compact(em);
        }
        ProgressScopes.add(em, ProgressScopes.COMPETENCES, learners, 1, after, upTo);
    }

    /** Builds everything again from module_progress and the modules' competences. */
    static void rebuild(EntityManager em) {
        em.createNativeQuery("delete from report_progress_competence").executeUpdate();
        em.createNativeQuery("delete from report_learner_progress_competence_month").executeUpdate();
        ProgressMonths.coverDays(em, true);
        build(em, "", null, null);
        LearnerMonths.analyse(em, "report_progress_competence");
        LearnerMonths.analyse(em, "report_learner_progress_competence_month");
        for (ProgressMonths.Sums sums : SUMS) {
            sums.rebuild(em);
        }
        ProgressScopes.rebuilt(em, ProgressScopes.COMPETENCES);
    }

    /** The rows of report_progress_competence and report_learner_progress_competence_month of {@code learners}. */
    private static void build(EntityManager em, String learners, Long after, Long upTo) {
        String counted = "case when l.consent_reports = true then l.";
        String both = "x.completed_at is not null and " + ProgressMonths.BOTH;
        ProgressMonths.parameters(em.createNativeQuery("insert into report_progress_competence (learner_id, area, "
                + "competence, started_month, completed_month, certificate_month, rated, confidence_before, "
                + "confidence_after, minutes, organisation_id, site_id) "
                + "select x.learner_id, mc.area, mc.competence, s.month_start, c.month_start, f.month_start, "
                + "case when " + both + " then 1 else 0 end, "
                + "case when " + both + " then cast(x.confidence_before as integer) else 0 end, "
                + "case when " + both + " then cast(x.confidence_after as integer) else 0 end, "
                + "case when x.completed_at is not null then (x.seconds_to_complete + 59) / 60 end, "
                + counted + "organisation_id else cast(null as bigint) end, "
                + counted + "site_id else cast(null as bigint) end "
                + "from module_progress x join learner l on l.id = x.learner_id "
                + "join " + COMPETENCES + " mc (module_id, area, competence) on mc.module_id = x.module_id "
                + "join report_day s on s.day = cast(x.started_at as date) "
                + "left join report_day c on c.day = cast(x.completed_at as date) "
                + "left join report_day f on f.day = cast(x.certificate_at as date) "
                + "where x.learner_id is not null" + learners.replaceFirst(" and learner_id", " and x.learner_id")),
                after, upTo).executeUpdate();
        ProgressMonths.learnerMonths(em, "report_learner_progress_competence_month", "report_progress_competence",
                ", area, competence", learners, after, upTo);
    }
}

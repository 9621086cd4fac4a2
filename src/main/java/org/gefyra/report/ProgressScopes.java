package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.stream.Stream;

/**
 * The prepared module progress summed over wider scopes (V19, V20): the sums of {@link ProgressMonths} per
 * organisation (report_org_: no site in the key) and over every organisation (report_all_: neither
 * organisation nor site; of {@link ProgressCompetences} too), and of ProgressCompetences per network
 * (report_net_), what a report with no site chosen reads by organisation, city, month or in total, and
 * for every organisation or a whole network by month, DigComp area and competence: at a million
 * learners the sums per organisation and site are four times as many rows (by competence, thousands of
 * times). Kept in the same turn as those, from the same learners' rows (their deltas added, then the
 * keys they changed compacted); built from the sums per organisation and site by the background turn,
 * and again with them. The flag that says they are built stands for the learning days' sums over the
 * same scopes too ({@link SiteMonths#SCOPES}), built in the same step.
 */
final class ProgressScopes {

    /** Each table stands for the sums per organisation and site of the same name with report_site_ (see {@link #site}). */
    static final List<ProgressMonths.Sums> PLAIN = List.of(
            new ProgressMonths.Sums("report_org_progress_month", "organisation_id, kind, month_start, previous_month",
                    "learners", "count(*)", "report_learner_progress_month", ""),
            new ProgressMonths.Sums("report_org_progress", "organisation_id, started_month, completed_month, certificate_month",
                    "modules, rated, confidence_before, confidence_after",
                    "count(*), sum(rated), sum(confidence_before), sum(confidence_after)", "report_progress", ""),
            new ProgressMonths.Sums("report_org_progress_minutes", "organisation_id, completed_month, minutes", "modules",
                    "count(*)", "report_progress", " and minutes is not null"),
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
                    "count(*), sum(rated), sum(confidence_before), sum(confidence_after)", "report_progress_competence", ""),
            new ProgressMonths.Sums("report_net_progress_competence_month",
                    "network_id, area, competence, kind, month_start, previous_month", "learners", "count(*)",
                    withNetwork("report_learner_progress_competence_month"), ""),
            new ProgressMonths.Sums("report_net_progress_competence",
                    "network_id, area, competence, started_month, completed_month, certificate_month",
                    "modules, rated, confidence_before, confidence_after",
                    "count(*), sum(rated), sum(confidence_before), sum(confidence_after)",
                    withNetwork("report_progress_competence"), ""));

    /** The runs of rated months ({@link RatingSpans}) per organisation. */
    static final List<ProgressMonths.Sums> SPANS = List.of(new ProgressMonths.Sums("report_org_rating_span",
            "organisation_id, first_month, previous_month, last_month, next_month", "learners, gained",
            "count(*), sum(cast(gained as integer))", RatingSpans.LEARNER_TABLE, ""));

    /** The returning learners' months ({@link ReturningMonths}) per organisation. */
    static final List<ProgressMonths.Sums> RETURNING = List.of(new ProgressMonths.Sums("report_org_returning_month",
            "organisation_id, month_start, previous_month, first_start_month", "learners", "count(*)",
            ReturningMonths.LEARNER_TABLE, ""));

    /** The scopes: per organisation, per network, and over every organisation. */
    enum Scope {
        ORGANISATION("report_org_"), NETWORK("report_net_"), ALL("report_all_");

        private final String prefix;

        Scope(String prefix) {
            this.prefix = prefix;
        }

        /** How the names of this scope's tables begin. */
        String prefix() {
            return prefix;
        }
    }

    private ProgressScopes() {
    }

    /** Whether the tables are built (and kept since). */
    static boolean built(EntityManager em) {
        return Boolean.TRUE.equals(em.createNativeQuery("select progress_scopes_built from report_rollup where id = 1")
                .getSingleResult());
    }

    /** The table of the scope that stands for a table of sums per organisation and site, or null when none does. */
    static String table(String siteTable, Scope scope) {
        String scoped = siteTable.replaceFirst("^report_site_", scope.prefix);
        return Stream.of(PLAIN, COMPETENCES, SPANS, RETURNING).flatMap(List::stream).map(ProgressMonths.Sums::table)
                .anyMatch(scoped::equals) ? scoped : null;
    }

    /** Builds them when they are not built yet and both families of sums they come from are (after V19, say). */
    static void follow(EntityManager em) {
        if (!built(em) && ProgressMonths.builtUpTo(em) != null && ProgressCompetences.builtUpTo(em) != null
                && LearnerMonths.BY_LEARNER.builtUpTo(em) != null && LearnerMonths.BY_COMPETENCE.builtUpTo(em) != null) {
            rebuild(em);
        }
    }

    /** Builds them all from the sums per organisation and site, and the learning days' ({@link SiteMonths#SCOPES}). */
    static void rebuild(EntityManager em) {
        fill(em, PLAIN);
        fill(em, COMPETENCES);
        fill(em, SPANS);
        fill(em, RETURNING);
        for (SiteMonths sums : SiteMonths.SCOPES) {
            sums.fill(em);
        }
        em.createNativeQuery("update report_rollup set progress_scopes_built = true where id = 1").executeUpdate();
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
                sums.compact(em);
            }
        }
    }

    /**
     * {@code table}'s rows with their organisation's network, as a table whose columns are named as
     * {@code table}'s (a join would make some ambiguous: organisation has a kind too).
     */
    static String withNetwork(String table) {
        return "(select t.*, o.network_id from " + table + " t join organisation o on o.id = t.organisation_id) t";
    }

    /** The table of sums per organisation and site a table of these is summed from (with the network for a network's). */
    private static String site(ProgressMonths.Sums sums) {
        String site = sums.table().replaceFirst("^report_(org|net|all)_", "report_site_");
        return sums.table().startsWith("report_net_") ? withNetwork(site) : site;
    }

    private static void fill(EntityManager em, List<ProgressMonths.Sums> family) {
        for (ProgressMonths.Sums sums : family) {
            em.createNativeQuery("delete from " + sums.table()).executeUpdate();
            em.createNativeQuery("insert into " + sums.table() + " (" + sums.key() + ", " + sums.columns() + ", turn) select "
                    + sums.key() + ", " + summed(sums) + ", 1 from " + site(sums) + " group by " + sums.key() + having(sums))
                    .executeUpdate();
            LearnerMonths.analyse(em, sums.table());
        }
    }

    private static String summed(ProgressMonths.Sums sums) {
        return "sum(" + sums.columns().replace(", ", "), sum(") + ")";
    }

    private static String having(ProgressMonths.Sums sums) {
        return " having sum(" + sums.columns().split(", ")[0] + ") <> 0";
    }
}

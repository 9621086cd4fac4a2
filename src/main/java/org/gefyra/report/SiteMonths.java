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
 * (report_site_competence_month, from report_learner_competence_month). Each keeps its sums over
 * wider scopes beside it, where an administrator's or a network's dashboard reads fewer rows
 * ({@link #SCOPES}).
 */
final class SiteMonths {

    /** The learner months per organisation (no site). */
    private static final SiteMonths BY_ORGANISATION = new SiteMonths("report_org_month", "organisation_id", "");

    /** The learner months of every organisation. */
    private static final SiteMonths OF_ALL = new SiteMonths("report_all_month", "", "");

    /** The competence months per network. */
    private static final SiteMonths BY_NETWORK_COMPETENCE = new SiteMonths("report_net_competence_month", "network_id",
            "competence");

    /** The competence months of every organisation. */
    private static final SiteMonths OF_ALL_COMPETENCE = new SiteMonths("report_all_competence_month", "", "competence");

    /** The learner months per organisation, site and month. */
    static final SiteMonths BY_SITE = new SiteMonths("report_site_month", "organisation_id, site_id", "",
            BY_ORGANISATION, OF_ALL);

    /** The competence months per organisation, site, DigComp competence and month. */
    static final SiteMonths BY_COMPETENCE = new SiteMonths("report_site_competence_month", "organisation_id, site_id",
            "competence", BY_NETWORK_COMPETENCE, OF_ALL_COMPETENCE);

    /**
     * The sums over wider scopes (V20), what an administrator's and a network's dashboards read: kept with
     * the sums per organisation and site they stand for, once {@link ProgressScopes#built} (which builds them).
     */
    static final List<SiteMonths> SCOPES = List.of(BY_ORGANISATION, OF_ALL, BY_NETWORK_COMPETENCE, OF_ALL_COMPETENCE);

    private static final String SUMS = "learners, answering, practising, active_seconds, first_answers, "
            + "first_answers_right, goals_reached";

    private final String table;
    /** Where the learners are counted: the organisation and site, the organisation, the network, or "" (everywhere). */
    private final String place;
    /** The key of the table: where, (what,) when, and the previous months. */
    private final String key;
    private final boolean byCompetence;
    /** The sums over wider scopes kept with these (none for those). */
    private final List<SiteMonths> scopes;

    private SiteMonths(String table, String place, String what, SiteMonths... scopes) {
        this.table = table;
        this.place = place;
        this.byCompetence = !what.isEmpty();
        this.key = (place.isEmpty() ? "" : place + ", ") + (what.isEmpty() ? "" : what + ", ")
                + "month_start, previous_month, previous_answer_month, previous_practice_month";
        this.scopes = List.of(scopes);
    }

    String table() {
        return table;
    }

    String key() {
        return key;
    }

    /** Whether the rows are per network (network_id) rather than per organisation (organisation_id), if either. */
    boolean perNetwork() {
        return place.equals("network_id");
    }

    /** Whether the rows name their organisation. */
    boolean perOrganisation() {
        return place.startsWith("organisation_id");
    }

    /** The sums of the same learner months over a wider scope, once built: every organisation's, or per organisation or network. */
    SiteMonths scope(ProgressScopes.Scope scope) {
        return scopes.stream().filter(s -> s.table.startsWith(scope.prefix())).findFirst().orElse(null);
    }

    /** The learner months this table sums. */
    private LearnerMonths months() {
        return byCompetence ? LearnerMonths.BY_COMPETENCE : LearnerMonths.BY_LEARNER;
    }

    /** Builds the sums again from all the learner months (and those over wider scopes from these, when kept). */
    void rebuild(EntityManager em) {
        em.createNativeQuery("delete from " + table).executeUpdate();
        em.createNativeQuery("insert into " + table + " (" + key + ", " + SUMS + ", turn) " + sums("", 1, "1"))
                .executeUpdate();
        LearnerMonths.analyse(em, table);
        if (!scopes.isEmpty() && ProgressScopes.built(em)) {
            scopes.forEach(scope -> scope.fill(em));
        }
    }

    /** Builds these sums over a wider scope again from those per organisation and site. */
    void fill(EntityManager em) {
        String site = (byCompetence ? BY_COMPETENCE : BY_SITE).table;
        String summed = "sum(" + SUMS.replace(", ", "), sum(") + ")";
        String nonZero = "sum(" + SUMS.replace(", ", ") <> 0 or sum(") + ") <> 0";
        em.createNativeQuery("delete from " + table).executeUpdate();
        em.createNativeQuery("insert into " + table + " (" + key + ", " + SUMS + ", turn) select " + key + ", " + summed
                + ", 1 from " + (perNetwork() ? ProgressScopes.withNetwork(site) : site) + " group by " + key + " having "
                + nonZero).executeUpdate();
        LearnerMonths.analyse(em, table);
    }

    /**
     * Adds ({@code sign} 1) or takes out (-1) the months of the learners of {@code learners}, a
     * condition on {@code m.learner_id} whose parameters are ?1 and ?2 ({@code after}, {@code upTo}) when
     * given; in the sums over wider scopes too, when they are kept.
     */
    void add(EntityManager em, String learners, int sign, Long after, Long upTo) {
        var insert = em.createNativeQuery("insert into " + table + " (" + key + ", " + SUMS + ", turn) "
                + sums(" and " + learners, sign, "0"));
        if (after != null) {
            insert.setParameter(1, after).setParameter(2, upTo);
        }
        insert.executeUpdate();
        if (!scopes.isEmpty() && ProgressScopes.built(em)) {
            scopes.forEach(scope -> scope.add(em, learners, sign, after, upTo));
        }
    }

    /** The learner months summed by where they are counted, as rows of the table; {@code where}: more conditions. */
    private String sums(String where, int sign, String turn) {
        String s = sign < 0 ? "0 - " : "";
        String grouped = ("m." + key.replace(", ", ", m.")).replace("m.network_id", "o.network_id");
        return "select " + grouped + ", " + s + "count(*), " + s + "sum(case when m.first_answers > 0 then 1 else 0 end), "
                + s + "sum(case when m.practice_steps > 0 or m.goals_reached > 0 then 1 else 0 end), "
                + s + "sum(m.active_seconds), " + s + "sum(cast(m.first_answers as bigint)), "
                + s + "sum(cast(m.first_answers_right as bigint)), " + s + "sum(cast(m.goals_reached as bigint)), " + turn
                + " from " + months().table() + " m" + (perNetwork() ? " join organisation o on o.id = m.organisation_id" : "")
                + " where m.organisation_id is not null" + where + " group by " + grouped;
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
        for (int from = 0; from < marked.size(); from += LearnerMonths.LEARNERS_AT_ONCE) {
            List<Long> some = new ArrayList<>(marked.subList(from, Math.min(marked.size(), from + LearnerMonths.LEARNERS_AT_ONCE)));
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

    /** The keys with deltas (turn 0) summed into one row per key (see {@link SumsCompaction}), here and in the wider scopes. */
    void compact(EntityManager em) {
        SumsCompaction.compact(em, table, key, SUMS);
        if (!scopes.isEmpty() && ProgressScopes.built(em)) {
            scopes.forEach(scope -> scope.compact(em));
        }
    }
}

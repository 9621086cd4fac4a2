package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prepared module progress (ProgressMonths, and per DigComp area and competence ProgressCompetences)
 * that the dashboards read: every progress measure by total, organisation, city, site, month, DigComp
 * area and competence, for every scope, is the same as today's queries on
 * module_progress give, after the rows are built, after batches of events, a learner who starts and
 * finishes a module, a certificate, a move, consent withdrawn and given, a module's competences changed; and the sums kept turn by
 * turn are those built again from scratch; and while events wait to be folded in or learners to be
 * counted again (their learners' prepared rows taken out, their module_progress counted instead).
 */
class ProgressMonthsTest {

    static TestDatabase db;
    static ReportWorld world;
    static final List<Dimension> DIMENSIONS = List.of(Dimension.TOTAL, Dimension.ORGANISATION, Dimension.CITY,
            Dimension.SITE, Dimension.MONTH, Dimension.DIGCOMP_AREA, Dimension.DIGCOMP_COMPETENCE);
    static final List<Measure> PROGRESS = Arrays.stream(Measure.values()).filter(m -> switch (m.family()) {
        case STARTS, COMPLETIONS, TIME_TO_COMPLETE, CERTIFICATES -> true;
        default -> false;
    }).toList();

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        world = ReportWorld.in(db);
        db.run(() -> world.reports.competences.bringUpToDate());
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void thePreparedProgressGivesTheFiguresOfModuleProgressThroughBatchesCertificatesMovesAndConsent() {
        long newest = db.count("select max(id) from learning_event");
        long half = newest / 2;
        db.run(() -> {
            db.em.createNativeQuery("update report_rollup set last_event_id = last_event_id where id = 1").executeUpdate();
            world.rollup.foldUpTo(0, half);
        });
        assertEquals(half, db.count("select progress_event_id from report_rollup where id = 1"));
        assertTrue(reads(half, newest), "events wait: their learners are read from module_progress");
        assertSameAsModuleProgress(half, newest);
        assertEquals(newest, (long) db.inTransaction(() -> world.rollup.catchUp()));
        assertSameAsModuleProgress(newest, newest);
        assertSameAsBuiltAgain();

        // an Athens learner starts a new module in February and finishes it with a time and both ratings
        long learner = db.count("select min(l.id) from learner l where l.consent_reports = true and l.organisation_id = "
                + world.athens.getId());
        var before = figures(Dimension.ORGANISATION, newest);
        db.run(() -> {
            db.update("insert into module_progress (learner_id, module_id, module_version, started_at, last_activity_at, "
                    + "completed_at, confidence_before, confidence_after, active_seconds, seconds_to_complete) "
                    + "values (?1, 'prog9-extra', 1, ?2, ?3, ?3, 2, 4, 610, 610)", learner, at(2025, 2, 10), at(2025, 2, 11));
            db.update("insert into learning_event (occurred_at, learner_id, organisation_id, module_id, module_version, verb, language) "
                    + "values (?1, ?2, ?3, 'prog9-extra', 1, 'COMPLETED', 'en')", at(2025, 2, 11), learner, world.athens.getId());
        });
        long next = db.count("select max(id) from learning_event");
        assertSameAsModuleProgress(newest, next);
        assertEquals(next, (long) db.inTransaction(() -> world.rollup.catchUp()));
        assertSameAsModuleProgress(next, next);
        assertSameAsBuiltAgain();
        assertNotEquals(before, figures(Dimension.ORGANISATION, next), "the new module shows");

        // a certificate leaves no event: the journal marks its learner (as JournalRows does), read from module_progress till the next turn
        long certified = db.count("select min(x.id) from module_progress x join learner l on l.id = x.learner_id where "
                + "l.consent_reports = true and x.completed_at is not null and x.certificate_at is null");
        long certifiedLearner = db.count("select learner_id from module_progress where id = " + certified);
        db.run(() -> {
            db.update("update module_progress set certificate_at = ?1 where id = ?2", at(2025, 3, 20), certified);
            SiteMonths.markForRecount(db.em, certifiedLearner);
        });
        assertSameAsModuleProgress(next, next); // the learner waits to be counted again: read from module_progress
        db.inTransaction(() -> world.rollup.catchUp());
        assertSameAsModuleProgress(next, next);
        assertSameAsBuiltAgain();

        // a learner moves to another site, one withdraws consent, one gives it
        long moving = db.count("select min(x.learner_id) from module_progress x join learner l on l.id = x.learner_id where "
                + "l.consent_reports = true and l.site_id = " + world.library.getId());
        long withdrawing = db.count("select max(x.learner_id) from module_progress x join learner l on l.id = x.learner_id "
                + "where l.consent_reports = true and l.organisation_id = " + world.athens.getId() + " and l.id <> " + moving);
        long agreeing = db.count("select min(x.learner_id) from module_progress x join learner l on l.id = x.learner_id "
                + "where l.consent_reports = false");
        var bySite = figures(Dimension.SITE, next);
        db.run(() -> {
            db.update("update learner set site_id = ?1 where id = ?2", world.centre.getId(), moving);
            db.update("update learner set consent_reports = false where id = ?1", withdrawing);
            db.update("update learner set consent_reports = true where id = ?1", agreeing);
            for (long id : List.of(moving, withdrawing, agreeing)) {
                SiteMonths.markForRecount(db.em, id);
            }
        });
        assertSameAsModuleProgress(next, next);
        db.inTransaction(() -> world.rollup.catchUp());
        assertEquals(0L, db.count("select count(*) from report_learner_recount"));
        assertSameAsModuleProgress(next, next);
        assertSameAsBuiltAgain();
        assertNotEquals(bySite, figures(Dimension.SITE, next), "the changes show by site");

        // a module's competences change (content reloaded): read from module_progress till the next turn builds them again
        var byCompetence = figures(Dimension.DIGCOMP_COMPETENCE, next);
        List<List<Object>> rows = db.rows("select module_id, competence from report_module_competence order by 1, 2");
        String module = String.valueOf(db.rows("select min(x.module_id), count(*) from module_progress x join report_module_competence mc "
                + "on mc.module_id = x.module_id").get(0).get(0)).strip();
        java.util.Set<CompetenceTable.Row> changed = new java.util.HashSet<>();
        rows.stream().filter(r -> !String.valueOf(r.get(0)).strip().equals(module))
                .forEach(r -> changed.add(new CompetenceTable.Row(String.valueOf(r.get(0)).strip(), String.valueOf(r.get(1)).strip())));
        changed.add(new CompetenceTable.Row(module, "5.4"));
        changed.add(new CompetenceTable.Row(module, "2.6"));
        db.run(() -> CompetenceTable.copy(db.em, changed));
        assertFalse(db.inTransaction(() -> query(null, ReportFilter.of(ReportDataSet.PERIOD), Dimension.DIGCOMP_COMPETENCE,
                next, next).readsProgressMonths()), "the competences of before are not read");
        db.inTransaction(() -> world.rollup.catchUp());
        assertSameAsModuleProgress(next, next);
        assertSameAsBuiltAgain();
        assertNotEquals(byCompetence, figures(Dimension.DIGCOMP_COMPETENCE, next), "the new competences show");
    }

    private static boolean reads(long folded, long newest) {
        return db.inTransaction(() -> new ReportQueries(db.em, null, ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.ORGANISATION, ReportDataSet.ZONE, folded, newest).readsProgressMonths());
    }

    /** Every progress measure by every dimension the prepared rows answer, for every scope: the same from both. */
    static void assertSameAsModuleProgress(long folded, long newest) {
        List<Long> network = List.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        List<ReportFilter> filters = List.of(ReportFilter.of(ReportDataSet.PERIOD),
                ReportFilter.of(ReportDataSet.PERIOD).withSite(world.centre.getId()),
                ReportFilter.of(new Period(ReportDataSet.PERIOD.from().plusMonths(1), ReportDataSet.PERIOD.to())));
        for (List<Long> organisations : Arrays.asList(null, network, List.of(world.athens.getId()))) {
            for (ReportFilter filter : filters) {
                for (Dimension dimension : DIMENSIONS) {
                    String what = dimension + " for " + organisations + " " + filter;
                    assertTrue(db.inTransaction(() -> query(organisations, filter, dimension, folded, newest).readsProgressMonths()),
                            "reads the prepared rows by " + what);
                    boolean digComp = dimension == Dimension.DIGCOMP_AREA || dimension == Dimension.DIGCOMP_COMPETENCE;
                    ProgressScopes.Scope scope = filter.siteId() != null ? null
                            : organisations == null && (digComp || dimension == Dimension.TOTAL || dimension == Dimension.MONTH)
                                    ? ProgressScopes.Scope.ALL
                            : !digComp && dimension != Dimension.SITE ? ProgressScopes.Scope.ORGANISATION
                            : digComp && organisations == network ? ProgressScopes.Scope.NETWORK : null;
                    assertEquals(scope, db.inTransaction(() -> query(organisations, filter, dimension, folded, newest)
                            .progressScope()), "reads the sums of the scope by " + what);
                    var prepared = db.inTransaction(() -> query(organisations, filter, dimension, folded, newest).figures(PROGRESS));
                    var today = outOfStep(() -> query(organisations, filter, dimension, folded, newest).figures(PROGRESS));
                    assertFalse(today.isEmpty(), what);
                    assertEquals(today, prepared, "every progress measure by " + what);
                }
            }
        }
    }

    private static ReportQueries query(List<Long> organisations, ReportFilter filter, Dimension dimension, long folded,
            long newest) {
        ReportQueries query = new ReportQueries(db.em, organisations, filter, dimension, ReportDataSet.ZONE, folded, newest);
        return ReportQueries.partitions(dimension) ? query.withTotal() : query;
    }

    private static Map<String, Map<Measure, Cell>> figures(Dimension dimension, long folded) {
        return db.inTransaction(() -> query(null, ReportFilter.of(ReportDataSet.PERIOD), dimension, folded, folded).figures(PROGRESS));
    }

    /** The sums kept turn by turn, and each learner's rows under them, are those built again from module_progress. */
    private static void assertSameAsBuiltAgain() {
        List<String> sums = List.of(
                "select organisation_id, site_id, kind, month_start, previous_month, sum(learners) from "
                        + "report_site_progress_month group by organisation_id, site_id, kind, month_start, previous_month "
                        + "having sum(learners) <> 0 order by 1, 2, 3, 4, 5",
                "select organisation_id, site_id, started_month, completed_month, certificate_month, sum(modules), "
                        + "sum(rated), sum(confidence_before), sum(confidence_after) from report_site_progress group by "
                        + "organisation_id, site_id, started_month, completed_month, certificate_month "
                        + "having sum(modules) <> 0 order by 1, 2, 3, 4, 5",
                "select organisation_id, site_id, completed_month, minutes, sum(modules) from report_site_progress_minutes "
                        + "group by organisation_id, site_id, completed_month, minutes having sum(modules) <> 0 order by 1, 2, 3, 4",
                "select learner_id, started_month, completed_month, certificate_month, rated, confidence_before, "
                        + "confidence_after, minutes, organisation_id, site_id from report_progress "
                        + "order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10",
                "select learner_id, kind, month_start, previous_month, organisation_id, site_id from "
                        + "report_learner_progress_month order by 1, 2, 3, 4, 5, 6",
                "select organisation_id, site_id, area, competence, kind, month_start, previous_month, sum(learners) from "
                        + "report_site_progress_competence_month group by organisation_id, site_id, area, competence, kind, "
                        + "month_start, previous_month having sum(learners) <> 0 order by 1, 2, 3, 4, 5, 6, 7",
                "select organisation_id, site_id, area, competence, started_month, completed_month, certificate_month, "
                        + "sum(modules), sum(rated), sum(confidence_before), sum(confidence_after) from "
                        + "report_site_progress_competence group by organisation_id, site_id, area, competence, started_month, "
                        + "completed_month, certificate_month having sum(modules) <> 0 order by 1, 2, 3, 4, 5, 6, 7",
                "select organisation_id, site_id, area, competence, completed_month, minutes, sum(modules) from "
                        + "report_site_progress_competence_minutes group by organisation_id, site_id, area, competence, "
                        + "completed_month, minutes having sum(modules) <> 0 order by 1, 2, 3, 4, 5, 6",
                "select learner_id, area, competence, started_month, completed_month, certificate_month, rated, "
                        + "confidence_before, confidence_after, minutes, organisation_id, site_id from report_progress_competence "
                        + "order by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12",
                "select learner_id, area, competence, kind, month_start, previous_month, organisation_id, site_id from "
                        + "report_learner_progress_competence_month order by 1, 2, 3, 4, 5, 6, 7, 8",
                "select organisation_id, kind, month_start, previous_month, sum(learners) from report_org_progress_month "
                        + "group by organisation_id, kind, month_start, previous_month having sum(learners) <> 0 "
                        + "order by 1, 2, 3, 4",
                "select organisation_id, started_month, completed_month, certificate_month, sum(modules), sum(rated), "
                        + "sum(confidence_before), sum(confidence_after) from report_org_progress group by organisation_id, "
                        + "started_month, completed_month, certificate_month having sum(modules) <> 0 order by 1, 2, 3, 4",
                "select organisation_id, completed_month, minutes, sum(modules) from report_org_progress_minutes group by "
                        + "organisation_id, completed_month, minutes having sum(modules) <> 0 order by 1, 2, 3",
                "select kind, month_start, previous_month, sum(learners) from report_all_progress_month group by kind, "
                        + "month_start, previous_month having sum(learners) <> 0 order by 1, 2, 3",
                "select started_month, completed_month, certificate_month, sum(modules), sum(rated), sum(confidence_before), "
                        + "sum(confidence_after) from report_all_progress group by started_month, completed_month, "
                        + "certificate_month having sum(modules) <> 0 order by 1, 2, 3",
                "select area, competence, kind, month_start, previous_month, sum(learners) from "
                        + "report_all_progress_competence_month group by area, competence, kind, month_start, previous_month "
                        + "having sum(learners) <> 0 order by 1, 2, 3, 4, 5",
                "select area, competence, started_month, completed_month, certificate_month, sum(modules), sum(rated), "
                        + "sum(confidence_before), sum(confidence_after) from report_all_progress_competence group by area, "
                        + "competence, started_month, completed_month, certificate_month having sum(modules) <> 0 "
                        + "order by 1, 2, 3, 4, 5",
                "select network_id, area, competence, kind, month_start, previous_month, sum(learners) from "
                        + "report_net_progress_competence_month group by network_id, area, competence, kind, month_start, "
                        + "previous_month having sum(learners) <> 0 order by 1, 2, 3, 4, 5, 6",
                "select network_id, area, competence, started_month, completed_month, certificate_month, sum(modules), "
                        + "sum(rated), sum(confidence_before), sum(confidence_after) from report_net_progress_competence "
                        + "group by network_id, area, competence, started_month, completed_month, certificate_month "
                        + "having sum(modules) <> 0 order by 1, 2, 3, 4, 5, 6");
        List<List<List<Object>>> kept = sums.stream().map(db::rows).toList();
        assertCompact(db, sums);
        assertTrue(!kept.get(0).isEmpty());
        assertTrue(!kept.get(5).isEmpty());
        assertTrue(kept.subList(10, 19).stream().noneMatch(List::isEmpty),
                "the sums per organisation, network and of all are kept");
        db.run(() -> {
            ProgressMonths.rebuild(db.em);
            ProgressCompetences.rebuild(db.em);
        });
        assertEquals(kept, sums.stream().map(db::rows).toList(), "the same as built again");
    }

    /**
     * After every turn each table of sums holds one row per key and no deltas: the turns compact the keys they
     * changed (SumsCompaction), so the tables do not grow turn after turn.
     */
    static void assertCompact(TestDatabase db, List<String> sums) {
        var grouped = java.util.regex.Pattern.compile("from (report_\\w+) group by (.+?) having");
        int tables = 0;
        for (String sql : sums) {
            var m = grouped.matcher(sql);
            if (m.find()) {
                tables++;
                assertEquals(0L, db.count("select count(*) from (select " + m.group(2) + " from " + m.group(1) + " group by "
                        + m.group(2) + " having count(*) > 1) x"), m.group(1) + ": one row per key");
                assertEquals(0L, db.count("select count(*) from " + m.group(1) + " where turn < 1"), m.group(1) + ": no deltas");
            }
        }
        assertTrue(tables > 0);
    }

    private static Timestamp at(int year, int month, int day) {
        return Timestamp.valueOf(LocalDateTime.of(year, month, day, 10, 0));
    }

    /** The work with the prepared progress out of step, so that the reports read module_progress; then as it was. */
    private static <T> T outOfStep(java.util.function.Supplier<T> work) {
        return db.rolledBack("update report_rollup set progress_event_id = -1, competence_progress_event_id = -1 where id = 1", work);
    }
}

package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * report_site_month, the learner months summed per organisation, site and month that the dashboards
 * read: every measure by total, organisation, city, site and month, for every scope, is the same as
 * today's queries on the learning days give, when half the events are folded in (the rest read from
 * the events), after the rest are, after learners move to another site, withdraw their consent or give
 * it, with and without new events in the same turn; and the sums kept turn by turn are those built
 * again from scratch. The first test begins with nothing folded in: it runs first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteMonthsTest {

    static TestDatabase db;
    static ReportWorld world;
    static final List<Dimension> BY_SITE = List.of(Dimension.TOTAL, Dimension.ORGANISATION, Dimension.CITY,
            Dimension.SITE, Dimension.MONTH, Dimension.DIGCOMP_COMPETENCE);
    /** The sums of a table of SiteMonths, one line per key. */
    static String sums(SiteMonths table) {
        String key = table.key();
        return "select " + key + ", sum(learners), sum(answering), sum(practising), sum(active_seconds), "
                + "sum(first_answers), sum(first_answers_right), sum(goals_reached) from " + table.table() + " group by "
                + key + " having sum(learners) <> 0 order by " + key;
    }

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
    @Order(1)
    void thePreparedRowsGiveTheFiguresOfTheLearningDaysThroughMovesConsentAndNewEvents() {
        long[] ids = db.inTransaction(() -> {
            Object[] range = (Object[]) db.em.createNativeQuery("select min(id), max(id) from learning_event").getSingleResult();
            return new long[] {((Number) range[0]).longValue(), ((Number) range[1]).longValue()};
        });
        // half way through the events of Athens, so that an Athens learner who moves learns after it
        long half = (db.count("select min(e.id) from learning_event e join learner l on l.id = e.learner_id where "
                + "l.consent_reports = true and l.organisation_id = " + world.athens.getId()) + db.count("select max(e.id) from "
                + "learning_event e join learner l on l.id = e.learner_id where l.consent_reports = true and l.organisation_id = "
                + world.athens.getId())) / 2;
        db.run(() -> {
            db.em.createNativeQuery("update report_rollup set last_event_id = last_event_id where id = 1").executeUpdate();
            world.rollup.foldUpTo(0, half);
        });
        assertSameAsTheLearningDays(half, ids[1]);
        assertSameAsBuiltAgain();

        // a learner of the Athens library who learns after the half moves to the centre; one who learnt
        // before withdraws their consent; one who had not agreed now does: then the rest of the events
        long moving = db.count("select e.learner_id from learning_event e where e.id = (select max(f.id) from learning_event f "
                + "join learner l on l.id = f.learner_id where l.organisation_id = " + world.athens.getId()
                + " and l.consent_reports = true)");
        assertTrue(db.count("select max(id) from learning_event where learner_id = " + moving) > half, "learns after the half");
        long from = db.count("select site_id from learner where id = " + moving);
        long to = from == world.library.getId() ? world.centre.getId() : world.library.getId();
        long withdrawing = learnerWithMonths(world.athens.getId(), true, moving);
        long agreeing = db.count("select min(e.learner_id) from learning_event e join learner l on l.id = e.learner_id where "
                + "l.consent_reports = false and l.organisation_id = " + world.athens.getId());
        var bySiteBefore = figures(Dimension.SITE, half, half);
        db.run(() -> {
            db.update("update learner set site_id = ?1 where id = ?2", to, moving);
            db.update("update learner set consent_reports = false where id = ?1", withdrawing);
            db.update("update learner set consent_reports = true where id = ?1", agreeing);
            for (long id : List.of(moving, withdrawing, agreeing)) {
                SiteMonths.markForRecount(db.em, id);
            }
        });
        assertEquals(ids[1], (long) db.inTransaction(() -> world.rollup.catchUp()));
        assertEquals(0L, db.count("select count(*) from report_learner_recount"), "every learner counted again");
        assertEquals(0L, db.count("select count(*) from report_site_month where turn = 0"), "compacted");
        assertEquals(0L, db.count("select count(*) from report_site_competence_month where turn = 0"), "compacted");
        assertSameAsTheLearningDays(ids[1], ids[1]);
        assertSameAsBuiltAgain();
        assertNotEquals(bySiteBefore, figures(Dimension.SITE, ids[1], ids[1]), "the changes show by site");

        // the same learner back to the library, without any new event: the next turn counts them there
        var bySite = figures(Dimension.SITE, ids[1], ids[1]);
        db.run(() -> {
            db.update("update learner set site_id = ?1 where id = ?2", from, moving);
            SiteMonths.markForRecount(db.em, moving);
            SiteMonths.markForRecount(db.em, moving);
        });
        assertEquals(ids[1], (long) db.inTransaction(() -> world.rollup.catchUp()));
        assertSameAsTheLearningDays(ids[1], ids[1]);
        assertSameAsBuiltAgain();
        assertNotEquals(bySite, figures(Dimension.SITE, ids[1], ids[1]));
    }

    @Test
    @Order(2)
    void aLearnerWhoseConsentChangesIsMarkedThroughTheLearnerService() {
        var services = new org.gefyra.learner.LearnerServices(db);
        LearnerRecount recount = new LearnerRecount();
        recount.em = db.em;
        services.countingObservers.add(recount::countingChanged);
        long learner = learnerWithMonths(world.athens.getId(), true, -1);
        db.run(() -> services.learners.countingMayHaveChanged(db.em.find(org.gefyra.learner.Learner.class, learner)));
        assertEquals(1L, db.count("select count(*) from report_learner_recount where learner_id = " + learner));
        db.inTransaction(() -> world.rollup.catchUp());
        assertEquals(0L, db.count("select count(*) from report_learner_recount"));
    }

    /**
     * Every measure of the learning days by every dimension the prepared rows answer, for the
     * administrator (every organisation), a network (a list), one organisation and one site, with
     * the total summed from the rows by organisation and site: from the prepared rows, and from the
     * learning days and events (the summaries out of step), the same. {@code folded}: the last event in
     * the learning days; {@code newest}: the newest event (those between are read from the events).
     */
    static void assertSameAsTheLearningDays(long folded, long newest) {
        List<Measure> measures = Arrays.asList(Measure.values());
        List<Long> network = List.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        List<ReportFilter> filters = List.of(ReportFilter.of(ReportDataSet.PERIOD),
                ReportFilter.of(ReportDataSet.PERIOD).withSite(world.centre.getId()));
        for (List<Long> organisations : Arrays.asList(null, network, List.of(world.athens.getId()))) {
            for (ReportFilter filter : filters) {
                for (Dimension dimension : BY_SITE) {
                    String what = dimension + " for " + organisations + " " + filter;
                    assertTrue(db.inTransaction(() -> new ReportQueries(db.em, organisations, filter, dimension,
                            ReportDataSet.ZONE, folded, newest).readsSiteMonths()), "reads the prepared rows by " + what);
                    boolean competence = dimension == Dimension.DIGCOMP_COMPETENCE;
                    String scope = filter.siteId() != null || dimension == Dimension.SITE ? "report_site_"
                            : organisations == null && (competence || dimension == Dimension.TOTAL || dimension == Dimension.MONTH)
                                    ? "report_all_"
                            : competence ? (organisations == network ? "report_net_" : "report_site_") : "report_org_";
                    assertTrue(db.inTransaction(() -> new ReportQueries(db.em, organisations, filter, dimension,
                            ReportDataSet.ZONE, folded, newest).monthSums().table()).startsWith(scope),
                            "reads the sums of " + scope + " by " + what);
                    var prepared = db.inTransaction(() -> query(organisations, filter, dimension, folded, newest)
                            .figures(measures));
                    var days = withoutTheSummaries(() -> query(organisations, filter, dimension, folded, newest)
                            .figures(measures));
                    assertEquals(days, prepared, "every measure by " + what);
                }
            }
        }
    }

    private static ReportQueries query(List<Long> organisations, ReportFilter filter, Dimension dimension, long folded,
            long newest) {
        ReportQueries query = new ReportQueries(db.em, organisations, filter, dimension, ReportDataSet.ZONE, folded, newest);
        return ReportQueries.partitions(dimension) ? query.withTotal() : query;
    }

    private static Map<String, Map<Measure, Cell>> figures(Dimension dimension, long folded, long newest) {
        return db.inTransaction(() -> query(null, ReportFilter.of(ReportDataSet.PERIOD), dimension, folded, newest)
                .figures(List.of(Measure.LEARNERS_ACTIVE, Measure.LEARNING_HOURS)));
    }

    /** The sums kept turn by turn are those built again from all the learner months. */
    private static void assertSameAsBuiltAgain() {
        for (SiteMonths table : List.of(SiteMonths.BY_SITE, SiteMonths.BY_COMPETENCE)) {
            List<SiteMonths> tables = new java.util.ArrayList<>(List.of(table));
            for (ProgressScopes.Scope scope : ProgressScopes.Scope.values()) {
                if (table.scope(scope) != null) {
                    tables.add(table.scope(scope));
                }
            }
            assertEquals(3, tables.size(), "two wider scopes for " + table.table());
            List<List<List<Object>>> kept = tables.stream().map(t -> db.rows(sums(t))).toList();
            ProgressMonthsTest.assertCompact(db, tables.stream().map(SiteMonthsTest::sums).toList());
            assertTrue(kept.stream().noneMatch(List::isEmpty), "some learners are counted in each");
            db.run(() -> table.rebuild(db.em));
            assertEquals(kept, tables.stream().map(t -> db.rows(sums(t))).toList(), "the same as built again: " + tables);
            db.run(() -> {
                SiteMonths.recount(db.em); // nothing marked: the wider scopes stay as they are
                tables.subList(1, 3).forEach(t -> t.fill(db.em));
            });
            assertEquals(kept, tables.stream().map(t -> db.rows(sums(t))).toList(), "the same as summed from the sites");
        }
    }

    /** A learner of the organisation (counted or not), other than {@code not}, with learner months. */
    private static long learnerWithMonths(long organisation, boolean counted, long not) {
        return db.count("select min(m.learner_id) from report_learner_month m join learner l on l.id = m.learner_id where "
                + "l.organisation_id = " + organisation + " and l.consent_reports = " + counted + " and l.id <> " + not);
    }

    /** The work with the summaries out of step, so that the reports read the learning days; then as it was. */
    private static <T> T withoutTheSummaries(java.util.function.Supplier<T> work) {
        db.em.getTransaction().begin();
        try {
            db.em.createNativeQuery("update report_rollup set months_event_id = -1, competence_months_event_id = -1 "
                    + "where id = 1").executeUpdate();
            return work.get();
        } finally {
            db.em.getTransaction().rollback();
            db.em.clear();
        }
    }
}

package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.security.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The prepared tables are built outside the reports ({@link ReportBuilds}): while they are behind (as
 * after a migration, half built here) a report builds nothing, reads none of them and gives the
 * figures of before; while a build holds the turns, a report skips the rollup's turn without waiting
 * and reads no prepared row either (a learner moved, waiting to be counted again); after the
 * background build, the reports read the prepared rows again, with the same figures.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreparedBuildsTest {

    static TestDatabase db;
    static ReportWorld world;

    /** The tables a migration would make empty, or a build leave half filled. */
    static final List<String> BY_ORGANISATION = List.of("report_learner_month", "report_learner_competence_month",
            "report_site_month", "report_site_competence_month", "report_progress", "report_learner_progress_month",
            "report_site_progress_month", "report_site_progress", "report_site_progress_minutes",
            "report_attendance_month", "report_registration_month", "report_session_month");

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
    void aReportWhileTheTablesAreBehindReadsTheQueriesOfBeforeAndBuildsNothing() {
        db.inTransaction(() -> world.rollup.catchUp());
        assertFalse(db.inTransaction(() -> world.rollup.behind()));
        assertTrue(readsPrepared(db.inTransaction(() -> ReportBuilds.take(world.rollup))), "all built: the prepared rows are read");
        List<List<ReportTable>> built = dashboards();

        // as after a migration: nothing in step, and the tables half filled
        db.run(() -> {
            db.update("update report_rollup set months_event_id = null, competence_months_event_id = null, "
                    + "progress_event_id = null, session_months_built = null, progress_scopes_built = null where id = 1");
            for (String table : BY_ORGANISATION) {
                db.update("delete from " + table + " where organisation_id = ?1", world.athens.getId());
            }
            db.update("delete from report_all_progress_competence_month where kind = 'S'");
            db.update("delete from report_org_progress_month where organisation_id = ?1", world.athens.getId());
            db.update("delete from report_attendance_summary");
        });
        assertTrue(db.inTransaction(() -> world.rollup.behind()));
        ReportBuilds.Turn turn = db.inTransaction(() -> ReportBuilds.take(world.rollup));
        assertTrue(turn.prepared(), "the turn is taken");
        assertFalse(readsPrepared(turn), "but no table behind is read");
        assertEquals(built, dashboards(), "the same figures from the queries of before");
        assertEquals(1, db.count("select count(*) from report_rollup where months_event_id is null and "
                + "competence_months_event_id is null and progress_event_id is null and session_months_built is null "
                + "and progress_scopes_built is null"),
                "no report built anything");
        assertEquals(0, db.count("select count(*) from report_site_month where organisation_id = " + world.athens.getId()));

        // the background turn builds them all; the reports read them again
        ReportBuilds builds = new ReportBuilds();
        builds.rollup = world.rollup;
        db.run(builds::buildBehind);
        assertFalse(db.inTransaction(() -> world.rollup.behind()));
        assertTrue(readsPrepared(db.inTransaction(() -> ReportBuilds.take(world.rollup))), "built: read again");
        assertTrue(db.inTransaction(() -> new ReportQueries(db.em, null, ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.DIGCOMP_COMPETENCE, ReportDataSet.ZONE, ReportBuilds.take(world.rollup)).progressScope() != null),
                "the sums over every organisation built and read");
        assertEquals(built, dashboards(), "the same figures from the prepared rows");
    }

    @Test
    @Order(2)
    void aReportWhileABuildHoldsTheTurnsDoesNotWaitAndReadsNoPreparedRow() throws Exception {
        List<List<ReportTable>> before = dashboards();
        // a learner moves: counted again at the rollup's next turn, which the build holds back
        long moving = db.count("select min(l.id) from learner l join report_learner_month m on m.learner_id = l.id where "
                + "l.consent_reports = true and l.site_id = " + world.library.getId());
        db.run(() -> {
            db.update("update learner set site_id = ?1, organisation_id = ?2 where id = ?3", world.townHall.getId(),
                    world.turin.getId(), moving);
            SiteMonths.markForRecount(db.em, moving);
        });
        ExecutorService builder = Executors.newSingleThreadExecutor();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        try {
            Future<?> build = builder.submit(() -> {
                ReportBuilds.TURNS.writeLock().lock();
                try {
                    holding.countDown();
                    done.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    ReportBuilds.TURNS.writeLock().unlock();
                }
            });
            assertTrue(holding.await(10, TimeUnit.SECONDS));
            ReportBuilds.Turn turn = db.inTransaction(() -> ReportBuilds.take(world.rollup));
            assertFalse(turn.prepared(), "the turn is skipped");
            assertFalse(readsPrepared(turn));
            assertEquals(1, db.count("select count(*) from report_learner_recount where learner_id = " + moving),
                    "the move waits for the rollup's turn");
            List<List<ReportTable>> during = dashboards();
            done.countDown();
            build.get(10, TimeUnit.SECONDS);
            assertTrue(readsPrepared(db.inTransaction(() -> ReportBuilds.take(world.rollup))), "the turn is taken again");
            assertEquals(0, db.count("select count(*) from report_learner_recount"), "the move counted");
            List<List<ReportTable>> after = dashboards();
            assertEquals(after, during, "during the build: the figures of the prepared rows after the move");
            assertFalse(before.equals(after), "the move shows by organisation");
        } finally {
            done.countDown();
            builder.shutdownNow();
        }
    }

    /** Whether a report at this turn reads the learner months, the site months and the prepared progress. */
    static boolean readsPrepared(ReportBuilds.Turn turn) {
        return db.inTransaction(() -> {
            ReportQueries bySite = new ReportQueries(db.em, null, ReportFilter.of(ReportDataSet.PERIOD),
                    Dimension.ORGANISATION, ReportDataSet.ZONE, turn);
            ReportQueries progress = new ReportQueries(db.em, null, ReportFilter.of(ReportDataSet.PERIOD),
                    Dimension.ORGANISATION, ReportDataSet.ZONE, turn);
            boolean site = bySite.readsSiteMonths();
            boolean months = progress.readsProgressMonths();
            assertEquals(site, months, "all or none");
            return site;
        });
    }

    /** The dashboards of the administrator, a network-wide coordinator and one organisation's. */
    static List<List<ReportTable>> dashboards() {
        List<List<ReportTable>> all = new ArrayList<>();
        for (Caller caller : List.of(world.admin(), world.coordinatorOf(world.athens, true),
                world.coordinatorOf(world.turin, false))) {
            all.add(db.inTransaction(() -> world.reports.report(caller, ReportKind.DASHBOARD,
                    ReportFilter.of(ReportDataSet.PERIOD), null, Locale.ENGLISH)));
        }
        return all;
    }
}

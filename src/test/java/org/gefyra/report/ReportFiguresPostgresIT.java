package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The reports' SQL on PostgreSQL: every measure by every dimension over the generated history, with
 * the events not folded in, half folded in and all folded in, in a schema of its own of the
 * throwaway PostgreSQL that mvn verify starts. Runs in the PostgreSQL pass of the integration tests.
 */
@EnabledIfSystemProperty(named = "gefyra.it.database", matches = "PostgreSQL")
class ReportFiguresPostgresIT {

    static TestDatabase db;
    static ReportWorld world;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.postgres("jdbc:postgresql://127.0.0.1:" + System.getProperty("gefyra.it.postgresql.port", "55432")
                + "/gefyra", "gefyra", "gefyra");
        world = ReportWorld.in(db);
    }

    @AfterAll
    static void tearDown() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void everyMeasureByEveryDimensionIsWhatTheHistorySaysHoweverFarItIsFolded() {
        // Nothing folded yet, whichever test came first (a report folds the settled events in).
        db.run(() -> {
            db.em.createNativeQuery("delete from report_learning_day").executeUpdate();
            db.em.createNativeQuery("update report_rollup set last_event_id = 0 where id = 1").executeUpdate();
        });
        assertEverything(0);
        long half = db.inTransaction(() -> {
            Object[] range = (Object[]) db.em.createNativeQuery("select min(id), max(id) from learning_event").getSingleResult();
            return (((Number) range[0]).longValue() + ((Number) range[1]).longValue()) / 2;
        });
        db.run(() -> {
            db.em.createNativeQuery("update report_rollup set last_event_id = last_event_id where id = 1").executeUpdate();
            world.rollup.foldUpTo(0, half);
            db.em.createNativeQuery("update report_rollup set last_event_id = ?1 where id = 1").setParameter(1, half)
                    .executeUpdate();
        });
        assertEverything(half);
        assertEverything(db.inTransaction(() -> world.rollup.catchUp()));
    }

    @Test
    void theReportsAndTheirDocumentsAreMadeOnPostgresqlToo() {
        for (ReportKind kind : ReportKind.values()) {
            ReportDocument document = db.inTransaction(() -> world.documents.document(world.admin(), kind,
                    ReportFilter.of(ReportDataSet.PERIOD), null, Locale.ENGLISH));
            assertTrue(!document.tables().isEmpty(), kind.name());
        }
        ReportTable table = db.inTransaction(() -> world.reports.table(world.admin(), ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.TOTAL, Measure.HEADLINE, Locale.ENGLISH));
        assertEquals(26.0, table.total().cell(Measure.LEARNERS_ACTIVE).visibleValue());
        assertEquals(world.data.countedEvents().size() + world.data.countedAttendance().size(),
                XapiStatementsTestSupport.count(db, world), "a statement per counted event and per attendance");
    }

    private static void assertEverything(long folded) {
        Set<Long> all = Set.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        ReportOracle oracle = new ReportOracle(world.data, all);
        ReportFilter filter = ReportFilter.of(ReportDataSet.PERIOD);
        for (Dimension dimension : Dimension.values()) {
            if (dimension == Dimension.DIGCOMP_AREA || dimension == Dimension.DIGCOMP_COMPETENCE) {
                db.run(() -> world.reports.competences.bringUpToDate());
            }
            List<Measure> measures = java.util.Arrays.stream(Measure.values())
                    .filter(m -> m.appliesTo(dimension, filter)).toList();
            var figures = db.inTransaction(() -> new ReportQueries(db.em, List.copyOf(all), filter, dimension,
                    ReportDataSet.ZONE, folded).figures(measures));
            for (Measure measure : measures) {
                ReportFiguresTest.assertSameFigures(oracle.figures(dimension, measure), figures, measure, dimension);
            }
        }
    }
}

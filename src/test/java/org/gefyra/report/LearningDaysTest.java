package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The learning days: the reports give the same figures whether the events are not folded in yet,
 * half folded in, or all folded in; folding twice adds nothing; and a day is far fewer rows than
 * its events.
 */
class LearningDaysTest {

    static TestDatabase db;
    static ReportWorld world;
    static final List<Dimension> DIMENSIONS = List.of(Dimension.TOTAL, Dimension.MONTH, Dimension.MODULE,
            Dimension.DIGCOMP_AREA, Dimension.ORGANISATION);
    static final List<Measure> ON_LEARNING_DAYS = List.of(Measure.LEARNERS_ACTIVE, Measure.LEARNING_HOURS,
            Measure.HOURS_PER_LEARNER, Measure.RETURNING_LEARNERS, Measure.QUIZ_FIRST_TRY, Measure.GOALS_REACHED);

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        world = ReportWorld.in(db);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void theFiguresAreTheSameBeforeWhileAndAfterTheEventsAreFoldedIn() {
        assertSameAsTheHistory(0);
        long[] ids = db.inTransaction(() -> {
            Object[] range = (Object[]) db.em.createNativeQuery("select min(id), max(id) from learning_event").getSingleResult();
            return new long[] {((Number) range[0]).longValue(), ((Number) range[1]).longValue()};
        });
        long half = (ids[0] + ids[1]) / 2;
        db.run(() -> {
            db.em.createNativeQuery("update report_rollup set last_event_id = last_event_id where id = 1").executeUpdate();
            world.rollup.foldUpTo(0, half);
            db.em.createNativeQuery("update report_rollup set last_event_id = ?1 where id = 1").setParameter(1, half)
                    .executeUpdate();
        });
        assertEquals(half, (long) db.inTransaction(() -> world.rollup.lastFolded()));
        assertSameAsTheHistory(half);
        long all = db.inTransaction(() -> world.rollup.catchUp());
        assertEquals(ids[1], all);
        assertSameAsTheHistory(all);
        assertEquals(all, (long) db.inTransaction(() -> world.rollup.catchUp()), "nothing more to fold");
        assertSameAsTheHistory(all);

        long rows = db.inTransaction(() -> ((Number) db.em.createNativeQuery("select count(*) from report_learning_day")
                .getSingleResult()).longValue());
        assertTrue(rows * 6 < world.data.events.size(), rows + " rows for " + world.data.events.size() + " events");
    }

    private static void assertSameAsTheHistory(long folded) {
        Set<Long> all = Set.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        ReportOracle oracle = new ReportOracle(world.data, all);
        ReportFilter filter = ReportFilter.of(ReportDataSet.PERIOD);
        for (Dimension dimension : DIMENSIONS) {
            var figures = db.inTransaction(() -> new ReportQueries(db.em, List.copyOf(all), filter, dimension,
                    ReportDataSet.ZONE, folded).figures(ON_LEARNING_DAYS));
            for (Measure measure : ON_LEARNING_DAYS) {
                ReportFiguresTest.assertSameFigures(oracle.figures(dimension, measure), figures, measure, dimension);
            }
        }
    }
}

package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link LearnerMonthsTest} on PostgreSQL: the learner months and competence months, followed batch
 * by batch, built again, and read by the reports, give the figures of the learning days there too.
 * Runs in the PostgreSQL pass of the integration tests, in a schema of its own.
 */
@EnabledIfSystemProperty(named = "gefyra.it.database", matches = "PostgreSQL")
class LearnerMonthsPostgresIT extends LearnerMonthsTest {

    @BeforeAll
    static void setUp() {
        db = TestDatabase.postgres("jdbc:postgresql://127.0.0.1:" + System.getProperty("gefyra.it.postgresql.port", "55432")
                + "/gefyra", "gefyra", "gefyra");
        world = ReportWorld.in(db);
        db.run(() -> world.reports.competences.bringUpToDate());
    }

    /**
     * A summary built again is analysed at once: PostgreSQL's statistics say how many rows it holds
     * (they said none before), so that the next report is not planned for an empty table.
     */
    @Test
    @Order(4)
    void aSummaryBuiltAgainIsAnalysedAtOnce() {
        db.inTransaction(() -> world.rollup.catchUp());
        for (LearnerMonths summary : List.of(LearnerMonths.BY_LEARNER, LearnerMonths.BY_COMPETENCE)) {
            db.run(() -> db.em.createNativeQuery("delete from " + summary.table()).executeUpdate());
            db.run(() -> db.em.createNativeQuery("analyze " + summary.table()).executeUpdate());
            assertEquals(0, estimated(summary.table()), "analysed empty");
            db.run(() -> summary.rebuild(db.em));
            long rows = db.inTransaction(() -> ((Number) db.em.createNativeQuery("select count(*) from " + summary.table())
                    .getSingleResult()).longValue());
            assertTrue(rows > 0);
            assertEquals(rows, estimated(summary.table()), summary.table());
        }
    }

    /** The rows PostgreSQL's statistics give the table. */
    private static long estimated(String table) {
        return db.inTransaction(() -> Math.round(((Number) db.em.createNativeQuery("select reltuples from pg_class where oid = "
                + "cast(cast(?1 as text) as regclass)").setParameter(1, table).getSingleResult()).doubleValue()));
    }
}

package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link PreparedBuildsTest} on PostgreSQL, and a build on another server (another connection holding
 * the advisory lock of the turns): a report's turn does not wait for it, reads no prepared row and
 * gives the same figures. Runs in the PostgreSQL pass of the integration tests, in a schema of its own.
 */
@EnabledIfSystemProperty(named = "gefyra.it.database", matches = "PostgreSQL")
class PreparedBuildsPostgresIT extends PreparedBuildsTest {

    static final String URL = "jdbc:postgresql://127.0.0.1:" + System.getProperty("gefyra.it.postgresql.port", "55432")
            + "/gefyra";

    @BeforeAll
    static void setUp() {
        db = TestDatabase.postgres(URL, "gefyra", "gefyra");
        world = ReportWorld.in(db);
        db.run(() -> world.reports.competences.bringUpToDate());
    }

    @Test
    @Order(3)
    void aReportWhileAnotherServerBuildsDoesNotWait() throws Exception {
        db.inTransaction(() -> world.rollup.catchUp());
        List<List<ReportTable>> before = dashboards();
        try (Connection other = DriverManager.getConnection(URL, "gefyra", "gefyra");
                Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("select pg_advisory_xact_lock(" + ReportBuilds.ADVISORY_KEY + ")");
            long start = System.nanoTime();
            ReportBuilds.Turn turn = db.inTransaction(() -> ReportBuilds.take(world.rollup));
            assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "no wait");
            assertFalse(turn.prepared(), "the turn is skipped");
            assertFalse(readsPrepared(turn));
            assertEquals(before, dashboards());
            other.rollback();
        }
        assertTrue(readsPrepared(db.inTransaction(() -> ReportBuilds.take(world.rollup))), "the turn is taken again");
    }
}

package org.gefyra.report;

import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link SessionMonthsTest} on PostgreSQL: the prepared attendance and registration months, built,
 * followed change by change and read by the dashboards, give the figures of today's queries there too.
 * Runs in the PostgreSQL pass of the integration tests, in a schema of its own.
 */
@EnabledIfSystemProperty(named = "gefyra.it.database", matches = "PostgreSQL")
class SessionMonthsPostgresIT extends SessionMonthsTest {

    @BeforeAll
    static void setUp() {
        db = TestDatabase.postgres("jdbc:postgresql://127.0.0.1:" + System.getProperty("gefyra.it.postgresql.port", "55432")
                + "/gefyra", "gefyra", "gefyra");
        world = ReportWorld.in(db);
    }
}

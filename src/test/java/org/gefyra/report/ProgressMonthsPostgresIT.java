package org.gefyra.report;

import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link ProgressMonthsTest} on PostgreSQL: the prepared module progress kept turn by turn gives the
 * figures of module_progress there too. Runs in the PostgreSQL pass of the integration tests, in a
 * schema of its own; the compaction hashes the changed keys against the tables however few they are.
 */
@EnabledIfSystemProperty(named = "gefyra.it.database", matches = "PostgreSQL")
class ProgressMonthsPostgresIT extends ProgressMonthsTest {

    @BeforeAll
    static void setUp() {
        db = TestDatabase.postgres("jdbc:postgresql://127.0.0.1:" + System.getProperty("gefyra.it.postgresql.port", "55432")
                + "/gefyra", "gefyra", "gefyra");
        world = ReportWorld.in(db);
        db.run(() -> world.reports.competences.bringUpToDate());
        // the compaction's way for many keys at once, with the few of these turns (SiteMonthsPostgresIT keeps the other)
        SumsCompaction.hashedAbove = 0;
    }

    @org.junit.jupiter.api.AfterAll
    static void tearDown() {
        SumsCompaction.hashedAbove = 2_000;
    }
}

package org.gefyra.report;

import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link RatingSpansTest} on PostgreSQL: the prepared share of learners whose confidence rose and the
 * returning learners give today's figures there too. Runs in the PostgreSQL pass of the integration
 * tests, in a schema of its own.
 */
@EnabledIfSystemProperty(named = "gefyra.it.database", matches = "PostgreSQL")
class RatingSpansPostgresIT extends RatingSpansTest {

    @BeforeAll
    static void setUp() {
        db = TestDatabase.postgres("jdbc:postgresql://127.0.0.1:" + System.getProperty("gefyra.it.postgresql.port", "55432")
                + "/gefyra", "gefyra", "gefyra");
        world = ReportWorld.in(db);
        db.run(() -> world.reports.competences.bringUpToDate());
    }
}

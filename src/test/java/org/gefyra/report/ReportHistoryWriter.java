package org.gefyra.report;

import java.util.logging.Logger;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the generated history into a Derby database folder, for trying the report pages and timing
 * them on a running server: {@code -Dgefyra.reports.database=/path/to/derby -Dgefyra.reports.copies=400}
 * (the server stopped, as embedded Derby allows one process). The history is of January to March 2025,
 * in a network of its own ("Reports network"), beside whatever the database holds.
 */
@EnabledIfSystemProperty(named = "gefyra.reports.database", matches = ".+")
class ReportHistoryWriter {

    private static final Logger LOG = Logger.getLogger(ReportHistoryWriter.class.getName());

    @Test
    void write() {
        int copies = Integer.getInteger("gefyra.reports.copies", 1);
        long start = System.nanoTime();
        try (TestDatabase db = new TestDatabase(System.getProperty("gefyra.reports.database"))) {
            Long first = db.em.createQuery("select max(l.id) from Learner l", Long.class).getSingleResult();
            ReportWorld world = ReportWorld.in(db, copies, first == null ? 1000 : first + 1000);
            LOG.info(() -> "Wrote " + world.data.learners.size() + " learners, " + world.data.progress.size()
                    + " module progresses and " + world.data.events.size() + " events in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
    }
}

package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import org.gefyra.bench.generate.GenerateNetwork;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The data generator writes the learning days itself, as it writes the events: they must be what
 * the server's rollup folds the same events into, or the reports on generated data would be wrong.
 */
class GeneratedLearningDaysTest {

    private static final String SUMS = "select learner_id, module_id, day, sum(events), sum(active_seconds), "
            + "sum(first_answers), sum(first_answers_right), sum(practice_steps), sum(goals_reached) "
            + "from report_learning_day group by learner_id, module_id, day order by learner_id, module_id, day";

    @Test
    void theGeneratorsLearningDaysAreWhatTheRollupFoldsTheEventsInto() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            try (Connection connection = db.dataSource.getConnection()) {
                connection.setAutoCommit(false);
                GenerateNetwork.small(connection, 42);
            }
            long lastEvent = ((Number) db.em.createNativeQuery("select max(id) from learning_event").getSingleResult())
                    .longValue();
            ReportRollup rollup = new ReportRollup();
            rollup.em = db.em;
            assertEquals(lastEvent, db.inTransaction(rollup::lastFolded), "the rollup goes on after the generated events");
            List<?> generated = db.inTransaction(() -> db.em.createNativeQuery(SUMS).getResultList());
            assertTrue(generated.size() > 100, "learning days written: " + generated.size());

            db.run(() -> {
                db.em.createNativeQuery("delete from report_learning_day").executeUpdate();
                rollup.foldUpTo(0, lastEvent);
            });
            List<?> folded = db.inTransaction(() -> db.em.createNativeQuery(SUMS).getResultList());
            assertEquals(folded.size(), generated.size());
            for (int i = 0; i < folded.size(); i++) {
                assertEquals(List.of((Object[]) folded.get(i)).toString(), List.of((Object[]) generated.get(i)).toString(),
                        "learning day " + i);
            }
        }
    }
}

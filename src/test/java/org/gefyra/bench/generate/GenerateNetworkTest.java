package org.gefyra.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.gefyra.bench.CardCodes;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleLoader;
import org.gefyra.learner.CardCode;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.security.TestHashing;
import org.junit.jupiter.api.Test;

/** The small generated network: the same for the same seed, and shaped like real learning. */
class GenerateNetworkTest {

    private static final List<LearningModule> MODULES = new ModuleLoader(Path.of("content")).load().modules().values()
            .stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();

    @Test
    void theSameSeedMakesTheSameNetworkAndItLooksLikeRealLearning() throws Exception {
        try (TestDatabase first = new TestDatabase(); TestDatabase second = new TestDatabase()) {
            generate(first, 42);
            generate(second, 42);
            for (String query : List.of("select count(*) from learner", "select count(*) from learning_event",
                    "select count(*) from module_progress", "select count(*) from staff_account",
                    "select count(*) from learning_event where verb = 'ANSWERED' and correct = false")) {
                assertEquals(number(first, query), number(second, query), query);
            }
            assertEquals(NetworkSize.SMALL.learners(), number(first, "select count(*) from learner"));
            long events = number(first, "select count(*) from learning_event");
            assertTrue(events > NetworkSize.SMALL.events() / 2 && events < NetworkSize.SMALL.events() * 2,
                    "about the events asked for: " + events);
            assertTrue(number(first, "select count(*) from module_progress where completed_at is null") > 0,
                    "some learners stop half-way");
            assertTrue(number(first, "select count(*) from learning_event where verb = 'ANSWERED' and correct = false") > 0,
                    "some answer wrong and try again");
            assertTrue(number(first, "select count(*) from module_progress where confidence_after > confidence_before")
                    > number(first, "select count(*) from module_progress where confidence_after < confidence_before"),
                    "those who finish feel surer");
            String eighth = CardCodes.generated(42, 7);
            String hash = (String) first.em.createNativeQuery("select card_hash from learner where display_name = 'Learner 8' "
                    + "and card_lookup = " + CardCode.lookup(eighth)).getSingleResult();
            assertTrue(TestHashing.create().matches(eighth, hash), "the load scenario knows the learners' card codes");
            assertTrue(number(first, "select count(*) from learner_target_group") > NetworkSize.SMALL.learners() / 2,
                    "most say which target groups they belong to");
        }
    }

    private static void generate(TestDatabase db, long seed) throws Exception {
        try (Connection connection = db.dataSource.getConnection()) {
            connection.setAutoCommit(false);
            new GenerateNetwork(NetworkSize.SMALL, seed, connection, MODULES, new CardHashes(1_024, 100)).generate();
        }
    }

    private static long number(TestDatabase db, String query) {
        return ((Number) db.em.createNativeQuery(query).getSingleResult()).longValue();
    }
}

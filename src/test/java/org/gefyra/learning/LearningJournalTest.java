package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Many requests' learning goes to the database in shared commits; each request hears back only
 * once its own changes are committed, and one bad request spoils no one else's.
 */
class LearningJournalTest {

    private final TestDatabase db = new TestDatabase();
    private final AtomicInteger commits = new AtomicInteger();
    private final LearningJournal journal = new LearningJournal(db.dataSource, Thread::new) {
        @Override
        void committed(int requests) {
            commits.incrementAndGet();
        }
    };
    private final LearningPlace place = new LearningPlace(null, null, "en");

    @AfterEach
    void tearDown() {
        journal.close();
        db.close();
    }

    @Test
    void twoHundredRequestsAtOnceAreAllCommittedInFewerCommits() throws Exception {
        ExecutorService requests = Executors.newFixedThreadPool(50);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                LearnerKey guest = new LearnerKey(null, "guest-" + i, null);
                sent.add(requests.submit(() -> journal.write(List.of(
                        new JournalEntry.Started(new ModuleProgress(guest, "pay-a-bill", 1)),
                        new JournalEntry.Appended(new LearningEvent(guest, place, "pay-a-bill", 1, null, Verb.STARTED))))));
            }
            for (Future<?> answer : sent) {
                answer.get();
            }
        } finally {
            requests.shutdownNow();
        }
        assertEquals(200, count("module_progress"), "every request's progress is there when it is answered");
        assertEquals(200, count("learning_event"), "and every event");
        assertTrue(commits.get() < 200, "requests shared commits: " + commits.get() + " commits for 200 requests");
    }

    @Test
    void aRequestThatCannotBeSavedFailsAloneAndIsNotAnsweredAsSaved() {
        LearnerKey guest = new LearnerKey(null, "guest-twice", null);
        journal.write(List.of(new JournalEntry.Started(new ModuleProgress(guest, "pay-a-bill", 1))));
        assertThrows(IllegalStateException.class, () -> journal.write(List.of(
                new JournalEntry.Appended(new LearningEvent(guest, place, "pay-a-bill", 1, null, Verb.STARTED)),
                new JournalEntry.Started(new ModuleProgress(guest, "pay-a-bill", 1)))),
                "the same module started twice breaks the unique key");
        assertEquals(0, count("learning_event"), "nothing of the refused request stays");
        journal.write(List.of(new JournalEntry.Appended(new LearningEvent(guest, place, "pay-a-bill", 1, null,
                Verb.VIEWED))));
        assertEquals(1, count("learning_event"), "the journal goes on after a refused request");
    }

    private long count(String table) {
        return ((Number) db.em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
    }
}

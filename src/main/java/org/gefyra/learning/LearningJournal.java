package org.gefyra.learning;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one writer of learning: the events and progress changes of every request go into a queue,
 * and a single thread writes all that has gathered in one transaction (a group commit). Each
 * request waits until the transaction holding its changes is committed, so nothing a learner was
 * shown as saved can be lost; under load one commit carries the work of many requests, instead
 * of each request waiting for the disk in turn. If a batch fails, its requests are written one by
 * one, so that only the request at fault fails.
 */
@ApplicationScoped
public class LearningJournal {

    private static final Logger LOG = Logger.getLogger(LearningJournal.class.getName());
    static final int MOST_PER_COMMIT = 500;
    private static final long LONGEST_WAIT_SECONDS = 30;

    @Resource(lookup = "jdbc/gefyra")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean open = true;
    private Thread writer;

    public LearningJournal() {
    }

    /** Outside the container (unit tests, the data generator): a database and a plain thread. */
    LearningJournal(DataSource dataSource, ThreadFactory threads) {
        this.dataSource = dataSource;
        start(threads);
    }

    @PostConstruct
    void start() {
        start(threads);
    }

    private void start(ThreadFactory factory) {
        writer = factory.newThread(this::writeUntilClosed);
        writer.setName("gefyra-learning-journal");
        writer.setDaemon(true);
        writer.start();
    }

    /** Writes these changes in the next commit, and returns once it is done; throws if they could not be written. */
    void write(List<JournalEntry> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Pending pending = new Pending(changes, new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.done().get(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Learning could not be saved", failed.getCause());
        } catch (TimeoutException | InterruptedException notInTime) {
            if (notInTime instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Learning was not saved in time", notInTime);
        }
    }

    /**
     * Retention: guests' events before this moment are kept tied to no visit, and their progress
     * rows deleted. Written like every other change of learning, after what was queued before it.
     */
    public void forgetGuestsBefore(java.time.Instant before) {
        write(List.of(new JournalEntry.GuestsForgotten(before)));
    }

    @PreDestroy
    void close() {
        open = false;
        if (writer != null) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(LONGEST_WAIT_SECONDS));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void writeUntilClosed() {
        List<Pending> batch = new ArrayList<>();
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, MOST_PER_COMMIT - 1);
                    commit(batch);
                }
            } catch (InterruptedException interrupted) {
                if (!open) {
                    break;
                }
            } catch (RuntimeException | Error unexpected) {
                LOG.log(Level.SEVERE, "The learning journal met an error", unexpected);
                batch.forEach(pending -> pending.done().completeExceptionally(unexpected));
            } finally {
                batch.clear();
            }
        }
        queue.forEach(pending -> pending.done().completeExceptionally(new IllegalStateException("shut down")));
    }

    private void commit(List<Pending> batch) {
        List<JournalEntry> changes = new ArrayList<>();
        batch.forEach(pending -> changes.addAll(pending.changes()));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                JournalRows.write(connection, changes);
                connection.commit();
                committed(batch.size());
                batch.forEach(pending -> pending.done().complete(null));
                return;
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                if (batch.size() == 1) {
                    batch.get(0).done().completeExceptionally(failed);
                    return;
                }
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException noDatabase) {
            batch.forEach(pending -> pending.done().completeExceptionally(noDatabase));
            return;
        }
        for (Pending pending : batch) {
            commit(List.of(pending));
        }
    }

    /** A commit went to the database with the changes of this many requests (for tests and tuning). */
    void committed(int requests) {
    }

    private record Pending(List<JournalEntry> changes, CompletableFuture<Void> done) {
    }
}

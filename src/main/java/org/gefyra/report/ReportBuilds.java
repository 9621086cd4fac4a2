package org.gefyra.report;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds the prepared report tables from scratch outside the reports: when one is not in step with
 * the learning days (made by a migration, the modules' competences changed, rows written by the data
 * generator), a background turn builds it, one table family per transaction ({@link ReportRollup#buildOneBehind}).
 * A report never waits for it: its turn ({@link #take}) only tries to take the turns; while a build
 * holds them, the report reads the learning days and today's queries (exact, slower), no prepared row.
 * A report whose turn runs reads only the tables in step (each has its own check: see ReportQueries).
 *
 * <p>The turns are a read-write lock in this server, and on PostgreSQL an advisory lock for several
 * servers on one database (shared by the reports' turns, exclusive for a build). The build does not
 * hold report_rollup's row until its last statement, so the reports that skip their turn read the
 * last event folded in without waiting (Derby locks rows that are read).
 */
@ApplicationScoped
public class ReportBuilds {

    private static final Logger LOG = Logger.getLogger(ReportBuilds.class.getName());

    /** Read: a report's turn; write: a build. Static: one per server, whoever wired the report service. */
    static final ReentrantReadWriteLock TURNS = new ReentrantReadWriteLock();

    /** PostgreSQL's advisory lock of the turns (any number, the same on every server). */
    static final long ADVISORY_KEY = 0x67656679726101L;

    /** How often a server looks for a table to build (one row read), and how long after its start first. */
    private static final long EVERY_SECONDS = 30;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ReportRollup rollup;

    private ScheduledFuture<?> scheduled;

    /**
     * A report's turn: the newest event, the last one folded in, and whether the prepared tables may be
     * read at all (false when a build held the turns and the rollup's turn was skipped: marks and notes
     * of changes may be waiting that only the turn puts into them).
     */
    record Turn(long newest, long folded, boolean prepared) {
    }

    /** Called once the application is ready (app.Startup). */
    public synchronized void start() {
        if (scheduled == null) {
            scheduled = scheduler.scheduleWithFixedDelay(this::buildBehind, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }

    /** The rollup's turn for a report, never waiting for a build (see the class). */
    static Turn take(ReportRollup rollup) {
        long newest = rollup.newest();
        if (TURNS.readLock().tryLock()) {
            try {
                long folded = rollup.catchUpWithoutBuilding();
                if (folded >= 0) {
                    return new Turn(newest, folded, true);
                }
            } finally {
                TURNS.readLock().unlock();
            }
        }
        return new Turn(newest, rollup.lastFolded(), false);
    }

    /** Builds every prepared table that is behind, one family at a time; the reports go on meanwhile. */
    public void buildBehind() {
        try {
            if (!rollup.behind()) {
                return;
            }
            TURNS.writeLock().lock();
            try {
                // the settled events folded in and committed first: what the reports read meanwhile
                rollup.catchUpWithoutBuilding();
                for (String built = rollup.buildOneBehind(); built != null; built = rollup.buildOneBehind()) {
                    LOG.info(built);
                }
            } finally {
                TURNS.writeLock().unlock();
            }
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The prepared report tables were not built; tried again within a minute", failed);
        }
    }

    /** In a report's turn (its transaction): false when a build on another server holds the turns. */
    static boolean mayTakeTurn(EntityManager em) {
        return !postgres(em) || Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock_shared("
                + ADVISORY_KEY + ")").getSingleResult());
    }

    /** In a build's transaction: waits for the reports' turns under way, and has the next ones skipped. */
    static void holdTurns(EntityManager em) {
        if (postgres(em)) {
            em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(" + ADVISORY_KEY + ")) l").getSingleResult();
        }
    }

    static boolean postgres(EntityManager em) {
        try {
            java.sql.Connection connection = em.unwrap(java.sql.Connection.class);
            return connection != null && connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

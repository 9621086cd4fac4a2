package org.gefyra.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Folds the learning events into report_learning_day (one row per learner, module and day), so that
 * the reports read a row where a learner did dozens of things. Before each report the events that
 * are a little while old are folded in; the newer ones are read from the events themselves, so a
 * report always shows what learners did a moment ago. Servers sharing a database take turns: the
 * one folding holds the lock on report_rollup's row. The same turn keeps report_learner_month and
 * report_learner_competence_month, the learning days per learner (and competence) and month, in step
 * (see {@link LearnerMonths}), and the prepared session and registration figures ({@link SessionMonths}).
 * A report's turn never builds a prepared table from scratch: that is the background turn's
 * ({@link ReportBuilds}).
 */
@ApplicationScoped
public class ReportRollup {

    /**
     * Events younger than this are left for the next time: a commit still under way may add ones
     * before them. The learning journal writes events within moments of the actions (one writer per
     * server, so a server's events arrive in the order of their ids); this leaves room for another
     * server's commit, and for a slow one.
     */
    static final Duration SETTLE = Duration.ofMinutes(2);

    /**
     * {@link #SETTLE} in seconds; only the integration tests' server sets a shorter one, so that a
     * test of the events read from the learning days waits seconds, not minutes.
     */
    @Inject
    @ConfigProperty(name = "GEFYRA_TEST_REPORT_SETTLE_SECONDS", defaultValue = "120")
    int settleSeconds = (int) SETTLE.toSeconds();

    private static final Logger LOG = Logger.getLogger(ReportRollup.class.getName());

    @PersistenceContext
    EntityManager em;

    /**
     * Folds in the settled events and builds every prepared table that is behind, holding the turns
     * (the data generator, the tests; the server builds in the background: {@link ReportBuilds}); returns
     * the last event now folded in.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long catchUp() {
        ReportBuilds.holdTurns(em);
        return turn(true);
    }

    /**
     * A report's turn: as {@link #catchUp}, but a prepared table that is behind is left to the background
     * build, and the reports read the learning days and today's queries instead until it is in step; -1
     * when a build on another server holds the turns (nothing done).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long catchUpWithoutBuilding() {
        if (!ReportBuilds.mayTakeTurn(em)) {
            return -1;
        }
        return turn(false);
    }

    /** Whether a prepared table is behind the learning days (read without taking the turn). */
    public boolean behind() {
        long last = lastFolded();
        return !inStep(LearnerMonths.BY_LEARNER.builtUpTo(em), last) || !inStep(LearnerMonths.BY_COMPETENCE.builtUpTo(em), last)
                || !inStep(ProgressMonths.builtUpTo(em), last) || !inStep(ProgressCompetences.builtUpTo(em), last)
                || !SessionMonths.built(em) || !RatingSpans.built(em) || !ReturningMonths.built(em) || !ProgressScopes.built(em);
    }

    /**
     * Builds the first prepared table family that is behind at the last event folded in, in its own
     * transaction, holding the turns but report_rollup's row only at its end (see {@link ReportBuilds});
     * returns what it built, or null when all are in step.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String buildOneBehind() {
        ReportBuilds.holdTurns(em);
        long last = lastFolded();
        long start = System.nanoTime();
        String built = null;
        for (LearnerMonths summary : List.of(LearnerMonths.BY_LEARNER, LearnerMonths.BY_COMPETENCE)) {
            if (built == null && !inStep(summary.builtUpTo(em), last)) {
                summary.follow(em, last, last);
                built = summary.table() + " and " + summary.sums().table();
            }
        }
        if (built == null && !inStep(ProgressMonths.builtUpTo(em), last)) {
            ProgressMonths.follow(em, last, last);
            built = "the prepared module progress";
        }
        if (built == null && !inStep(ProgressCompetences.builtUpTo(em), last)) {
            ProgressCompetences.follow(em, last, last);
            built = "the prepared module progress by DigComp competence";
        }
        // the families above are in step now, which these three are built from
        if (built == null && !ProgressScopes.built(em)) {
            ProgressScopes.rebuild(em);
            built = "the prepared module progress per organisation and of every organisation";
        }
        if (built == null && !RatingSpans.built(em)) {
            RatingSpans.rebuild(em);
            built = "the prepared runs of rated months";
        }
        if (built == null && !ReturningMonths.built(em)) {
            ReturningMonths.rebuild(em);
            built = "the prepared returning learners";
        }
        if (built == null && !SessionMonths.built(em)) {
            SessionMonths.follow(em);
            built = "the prepared attendance and registrations";
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return built == null ? null : "Built " + built + " up to learning event " + last + " in " + millis + " ms";
    }

    private static boolean inStep(Long builtUpTo, long last) {
        return builtUpTo != null && builtUpTo == last;
    }

    /** The rollup's turn, its row locked; {@code build}: the prepared tables that are behind built too. */
    private long turn(boolean build) {
        em.createNativeQuery("update report_rollup set last_event_id = last_event_id where id = 1").executeUpdate();
        if (build || SessionMonths.built(em)) {
            SessionMonths.follow(em);
        }
        if (build) {
            RatingSpans.follow(em);
            ReturningMonths.follow(em);
        }
        long last = lastFolded();
        // bounded by ids on both sides, so that the database reads the few events after the last folded by their key
        Object newest = em.createNativeQuery("select max(id) from learning_event where id > ?1 and id <= ?3 "
                        + "and occurred_at < ?2")
                .setParameter(1, last).setParameter(2, Timestamp.from(Instant.now().minusSeconds(Math.max(1, settleSeconds))))
                .setParameter(3, newest()).getSingleResult();
        if (newest == null) {
            for (LearnerMonths summary : List.of(LearnerMonths.BY_LEARNER, LearnerMonths.BY_COMPETENCE)) {
                if (build && !inStep(summary.builtUpTo(em), last)) {
                    summary.follow(em, last, last);
                }
            }
            if (build && !inStep(ProgressMonths.builtUpTo(em), last)) {
                ProgressMonths.follow(em, last, last);
            }
            if (build && !inStep(ProgressCompetences.builtUpTo(em), last)) {
                ProgressCompetences.follow(em, last, last);
            }
            if (build) {
                ProgressScopes.follow(em);
            }
            SiteMonths.recount(em);
            return last;
        }
        return foldUpTo(last, ((Number) newest).longValue(), build);
    }

    /**
     * Folds in the events after {@code last} up to {@code upTo}, in the caller's transaction (the row
     * locked), and brings the learners' months and competence months along (see {@link LearnerMonths}).
     */
    long foldUpTo(long last, long upTo) {
        return foldUpTo(last, upTo, true);
    }

    /** As {@link #foldUpTo(long, long)}; {@code build}: false leaves the prepared tables that are behind as they are. */
    private long foldUpTo(long last, long upTo, boolean build) {
        long start = System.nanoTime();
        // One row per learner, module and day of this batch: the four partial sums added up.
        String parts = String.join(" union all ", ReportQueries.learningDaysOf("e.id > ?1 and e.id <= ?2 "
                + "and e.learner_id is not null"));
        em.createNativeQuery("insert into report_learning_day (" + ReportQueries.DAY_COLUMNS + ") "
                        + "select lid, mid, d, sum(ev), sum(sec), sum(fa), sum(far), sum(ps), sum(gr) from (" + parts
                        + ") u (lid, mid, d, ev, sec, fa, far, ps, gr) group by lid, mid, d")
                .setParameter(1, last).setParameter(2, upTo).executeUpdate();
        em.createNativeQuery("update report_rollup set last_event_id = ?1 where id = 1").setParameter(1, upTo)
                .executeUpdate();
        for (LearnerMonths summary : List.of(LearnerMonths.BY_LEARNER, LearnerMonths.BY_COMPETENCE)) {
            if (build || inStep(summary.builtUpTo(em), last)) {
                summary.follow(em, last, upTo);
            }
        }
        if (build || inStep(ProgressMonths.builtUpTo(em), last)) {
            ProgressMonths.follow(em, last, upTo);
        }
        if (build || inStep(ProgressCompetences.builtUpTo(em), last)) {
            ProgressCompetences.follow(em, last, upTo);
        }
        if (build) {
            ProgressScopes.follow(em);
        }
        SiteMonths.recount(em);
        LOG.fine(() -> "Folded learning events " + (last + 1) + " to " + upTo + " into the learning days in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        return upTo;
    }

    /** The newest learning event there is (0 when none), read off the key's index. */
    public long newest() {
        Object newest = em.createNativeQuery("select max(id) from learning_event").getSingleResult();
        return newest == null ? 0 : ((Number) newest).longValue();
    }

    /** The last event folded in so far. */
    public long lastFolded() {
        return ((Number) em.createNativeQuery("select last_event_id from report_rollup where id = 1").getSingleResult())
                .longValue();
    }
}

package org.gefyra.bench.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/** Learners, their progress and their events, inserted in JDBC batches and committed every so many rows. */
final class GeneratedRows implements AutoCloseable {

    private final Connection db;
    private final int commitEvery;
    private final PreparedStatement learner;
    private final PreparedStatement progress;
    private final PreparedStatement event;
    private int pending;

    GeneratedRows(Connection db, int commitEvery) throws SQLException {
        this.db = db;
        this.commitEvery = commitEvery;
        learner = db.prepareStatement("INSERT INTO learner (id, organisation_id, site_id, display_name, picture, "
                + "language, age_band, target_group, consent_at, card_code, pin_hash, failed_pins, locked, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
        progress = db.prepareStatement("INSERT INTO module_progress (learner_id, module_id, module_version, "
                + "current_step, started_at, last_activity_at, completed_at, confidence_before, confidence_after, "
                + "last_action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        event = db.prepareStatement("INSERT INTO learning_event (occurred_at, learner_id, organisation_id, site_id, "
                + "module_id, module_version, step_id, verb, option_id, correct, goal_reached, rating, detail, language) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    void learner(long id, long organisationId, long siteId, String name, String picture, String language,
            String ageBand, String targetGroup, Instant joined, String cardCode, String pinHash) throws SQLException {
        learner.setLong(1, id);
        learner.setLong(2, organisationId);
        learner.setLong(3, siteId);
        learner.setString(4, name);
        learner.setString(5, picture);
        learner.setString(6, language);
        learner.setString(7, ageBand);
        learner.setString(8, targetGroup);
        learner.setTimestamp(9, Timestamp.from(joined));
        learner.setString(10, cardCode);
        learner.setString(11, pinHash);
        learner.setBoolean(12, false);
        learner.setTimestamp(13, Timestamp.from(joined));
        learner.addBatch();
        pending++;
    }

    void history(long learnerId, long organisationId, long siteId, String language, LearnerHistory history)
            throws SQLException {
        for (LearnerHistory.ModuleState state : history.modules) {
            progress.setLong(1, learnerId);
            progress.setString(2, state.moduleId());
            progress.setInt(3, state.version());
            progress.setString(4, state.currentStep());
            progress.setTimestamp(5, timestamp(state.startedAt()));
            progress.setTimestamp(6, timestamp(state.lastActivityAt()));
            progress.setTimestamp(7, timestamp(state.completedAt()));
            setShort(progress, 8, state.before());
            setShort(progress, 9, state.after());
            progress.setString(10, state.lastAction());
            progress.addBatch();
            pending++;
        }
        for (LearnerHistory.Event e : history.events) {
            event.setTimestamp(1, timestamp(e.at()));
            event.setLong(2, learnerId);
            event.setLong(3, organisationId);
            event.setLong(4, siteId);
            event.setString(5, e.moduleId());
            event.setInt(6, e.version());
            event.setString(7, e.stepId());
            event.setString(8, e.verb());
            event.setString(9, e.option());
            setBoolean(event, 10, e.correct());
            setBoolean(event, 11, e.goalReached());
            setShort(event, 12, e.rating());
            event.setString(13, e.detail());
            event.setString(14, language);
            event.addBatch();
            pending++;
        }
        if (pending >= commitEvery) {
            flush();
        }
    }

    private void flush() throws SQLException {
        learner.executeBatch(); // learners first: progress and events point at them
        progress.executeBatch();
        event.executeBatch();
        db.commit();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        flush();
        learner.close();
        progress.close();
        event.close();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static void setShort(PreparedStatement statement, int index, Short value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.SMALLINT);
        } else {
            statement.setShort(index, value);
        }
    }

    private static void setBoolean(PreparedStatement statement, int index, Boolean value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, value);
        }
    }
}

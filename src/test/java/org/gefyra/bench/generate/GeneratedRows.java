package org.gefyra.bench.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * Learners (with their target groups and login cards, kept as the application keeps them: a lookup
 * number and a hash), their progress and their events, inserted in JDBC batches and committed
 * every so many rows.
 */
final class GeneratedRows implements AutoCloseable {

    private final Connection db;
    private final int commitEvery;
    private final PreparedStatement learner;
    private final PreparedStatement targetGroup;
    private final PreparedStatement progress;
    private final PreparedStatement event;
    private int pending;

    GeneratedRows(Connection db, int commitEvery) throws SQLException {
        this.db = db;
        this.commitEvery = commitEvery;
        learner = db.prepareStatement("INSERT INTO learner (id, organisation_id, site_id, display_name, picture, "
                + "language, age_band, consent_at, card_lookup, card_hash, pin_hash, failed_pins, locked, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)");
        targetGroup = db.prepareStatement("INSERT INTO learner_target_group (learner_id, target_group) VALUES (?, ?)");
        progress = db.prepareStatement("INSERT INTO module_progress (learner_id, module_id, module_version, "
                + "current_step, started_at, last_activity_at, completed_at, confidence_before, confidence_after, "
                + "last_action) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        event = db.prepareStatement("INSERT INTO learning_event (occurred_at, learner_id, organisation_id, site_id, "
                + "module_id, module_version, step_id, verb, option_id, correct, goal_reached, rating, detail, language) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** A learner who agreed to both (the schema's default); {@code targetGroups} may be empty ("not said"). */
    void learner(long id, long organisationId, long siteId, String name, String picture, String language,
            String ageBand, List<String> targetGroups, Instant joined, int cardLookup, String cardHash, String pinHash)
            throws SQLException {
        learner.setLong(1, id);
        learner.setLong(2, organisationId);
        learner.setLong(3, siteId);
        learner.setString(4, name);
        learner.setString(5, picture);
        learner.setString(6, language);
        learner.setString(7, ageBand);
        learner.setTimestamp(8, Timestamp.from(joined));
        learner.setInt(9, cardLookup);
        learner.setString(10, cardHash);
        learner.setString(11, pinHash);
        learner.setBoolean(12, false);
        learner.setTimestamp(13, Timestamp.from(joined));
        learner.addBatch();
        pending++;
        for (String group : targetGroups) {
            targetGroup.setLong(1, id);
            targetGroup.setString(2, group);
            targetGroup.addBatch();
            pending++;
        }
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
        learner.executeBatch(); // learners first: their target groups, progress and events point at them
        targetGroup.executeBatch();
        progress.executeBatch();
        event.executeBatch();
        db.commit();
        pending = 0;
    }

    @Override
    public void close() throws SQLException {
        flush();
        learner.close();
        targetGroup.close();
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

package org.gefyra.learning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * The SQL of the learning journal: each kind of change as one batched statement. New progress
 * rows go first, then moved ones, then the events, which keeps one request's changes in order.
 */
final class JournalRows {

    private static final String STARTED = "INSERT INTO module_progress (learner_id, guest_key, module_id, "
            + "module_version, current_step, started_at, last_activity_at, completed_at, confidence_before, "
            + "confidence_after, last_action, active_seconds, seconds_to_complete, certificate_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String MOVED = "UPDATE module_progress SET module_version = ?, current_step = ?, "
            + "last_activity_at = ?, completed_at = ?, confidence_before = ?, confidence_after = ?, last_action = ?, "
            + "active_seconds = ?, seconds_to_complete = ?, certificate_at = ? WHERE id = ?";
    private static final String APPENDED = "INSERT INTO learning_event (occurred_at, learner_id, guest_key, "
            + "organisation_id, site_id, session_id, module_id, module_version, step_id, verb, option_id, correct, "
            + "goal_reached, rating, detail, language, active_seconds) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private JournalRows() {
    }

    static void write(Connection connection, List<JournalEntry> changes) throws SQLException {
        try (PreparedStatement started = connection.prepareStatement(STARTED);
                PreparedStatement moved = connection.prepareStatement(MOVED);
                PreparedStatement appended = connection.prepareStatement(APPENDED)) {
            int[] counts = new int[3];
            for (JournalEntry change : changes) {
                if (change instanceof JournalEntry.Started s) {
                    started(started, s.progress());
                    counts[0]++;
                } else if (change instanceof JournalEntry.Moved m) {
                    moved(moved, m.progress());
                    counts[1]++;
                } else if (change instanceof JournalEntry.Appended a) {
                    appended(appended, a.event());
                    counts[2]++;
                }
            }
            if (counts[0] > 0) {
                started.executeBatch();
            }
            if (counts[1] > 0) {
                moved.executeBatch();
            }
            if (counts[2] > 0) {
                appended.executeBatch();
            }
            markUnseenProgress(connection, changes);
            for (JournalEntry change : changes) {
                if (change instanceof JournalEntry.GuestsForgotten g) {
                    forgetGuests(connection, g.before());
                }
            }
        }
    }

    /**
     * The reports' prepared module progress (report.ProgressMonths) follows the learners of the events;
     * a learner's progress that changes without an event (a certificate issued, a rating taken back) marks
     * them here, in the same transaction, to be counted again at the rollup's next turn.
     */
    private static void markUnseenProgress(Connection connection, List<JournalEntry> changes) throws SQLException {
        java.util.Set<Long> withEvents = new java.util.HashSet<>();
        java.util.Set<Long> unseen = new java.util.TreeSet<>();
        for (JournalEntry change : changes) {
            if (change instanceof JournalEntry.Appended a && a.event().getLearnerId() != null) {
                withEvents.add(a.event().getLearnerId());
            } else if (change instanceof JournalEntry.Moved m && m.progress().getLearnerId() != null) {
                unseen.add(m.progress().getLearnerId());
            }
        }
        unseen.removeAll(withEvents);
        if (unseen.isEmpty()) {
            return;
        }
        try (PreparedStatement mark = connection.prepareStatement(
                "INSERT INTO report_learner_recount (learner_id) VALUES (?)")) {
            for (long learner : unseen) {
                mark.setLong(1, learner);
                mark.addBatch();
            }
            mark.executeBatch();
        }
    }

    private static void forgetGuests(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement events = connection.prepareStatement(
                        "UPDATE learning_event SET guest_key = NULL WHERE guest_key IS NOT NULL AND occurred_at < ?");
                PreparedStatement progress = connection.prepareStatement(
                        "DELETE FROM module_progress WHERE guest_key IS NOT NULL AND last_activity_at < ?")) {
            events.setTimestamp(1, timestamp(before));
            events.executeUpdate();
            progress.setTimestamp(1, timestamp(before));
            progress.executeUpdate();
        }
    }

    private static void started(PreparedStatement insert, ModuleProgress p) throws SQLException {
        setLong(insert, 1, p.getLearnerId());
        insert.setString(2, p.getGuestKey());
        insert.setString(3, p.getModuleId());
        insert.setInt(4, p.getModuleVersion());
        insert.setString(5, p.getCurrentStep());
        insert.setTimestamp(6, timestamp(p.getStartedAt()));
        insert.setTimestamp(7, timestamp(p.getLastActivityAt()));
        insert.setTimestamp(8, timestamp(p.getCompletedAt()));
        setShort(insert, 9, p.getConfidenceBefore());
        setShort(insert, 10, p.getConfidenceAfter());
        insert.setString(11, p.lastAction());
        setInteger(insert, 12, p.getActiveSeconds());
        setInteger(insert, 13, p.getSecondsToComplete());
        insert.setTimestamp(14, timestamp(p.getCertificateAt()));
        insert.addBatch();
    }

    private static void moved(PreparedStatement update, ModuleProgress p) throws SQLException {
        update.setInt(1, p.getModuleVersion());
        update.setString(2, p.getCurrentStep());
        update.setTimestamp(3, timestamp(p.getLastActivityAt()));
        update.setTimestamp(4, timestamp(p.getCompletedAt()));
        setShort(update, 5, p.getConfidenceBefore());
        setShort(update, 6, p.getConfidenceAfter());
        update.setString(7, p.lastAction());
        setInteger(update, 8, p.getActiveSeconds());
        setInteger(update, 9, p.getSecondsToComplete());
        update.setTimestamp(10, timestamp(p.getCertificateAt()));
        update.setLong(11, p.getId());
        update.addBatch();
    }

    static void appended(PreparedStatement insert, LearningEvent e) throws SQLException {
        insert.setTimestamp(1, timestamp(e.getOccurredAt()));
        setLong(insert, 2, e.getLearnerId());
        insert.setString(3, e.getGuestKey());
        setLong(insert, 4, e.getOrganisationId());
        setLong(insert, 5, e.getSiteId());
        setLong(insert, 6, e.getSessionId());
        insert.setString(7, e.getModuleId());
        insert.setInt(8, e.getModuleVersion());
        insert.setString(9, e.getStepId());
        insert.setString(10, e.getVerb().name());
        insert.setString(11, e.getOptionId());
        setBoolean(insert, 12, e.getCorrect());
        setBoolean(insert, 13, e.getGoalReached());
        setShort(insert, 14, e.getRating());
        insert.setString(15, e.getDetail());
        insert.setString(16, e.getLanguage());
        setInteger(insert, 17, e.getActiveSeconds());
        insert.addBatch();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
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

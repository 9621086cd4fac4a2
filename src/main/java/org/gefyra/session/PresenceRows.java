package org.gefyra.session;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import org.gefyra.learning.LearnerKey;

/**
 * The running session a person is in, if any: the one they came to last. Asked for every learner
 * page (its help button, and the session its learning counts for), so it is one query with plain
 * JDBC and no transaction: through {@link JoinService} (a JTA transaction, the retry interceptor,
 * EclipseLink's query machinery) the same read took about a twelfth of a step page's processor time.
 * It is read each time, not remembered: joining, asking for help or leaving on another server shows
 * at the next request here. No {@code order by}: Derby's sort of even an empty result made up its
 * statistics' texts from a message bundle each time; a person is present in one running session,
 * rarely two, and the latest is chosen here.
 */
@ApplicationScoped
public class PresenceRows {

    private static final String RUNNING = "select a.session_id, s.title, a.help_asked_at, a.marked_at "
            + "from session_attendance a join learning_session s on s.id = a.session_id "
            + "where s.status = ? and s.ends_at > ? and a.status = ? and a.";

    @Resource(lookup = "jdbc/gefyra")
    DataSource dataSource;

    public Optional<JoinService.Joined> current(LearnerKey who) {
        String sql = RUNNING + (who.isGuest() ? "guest_key" : "learner_id") + " = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(sql)) {
            read.setString(1, SessionStatus.OPEN.name());
            read.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now().minus(LearningSession.RUNS_ON_FOR)));
            read.setString(3, AttendanceStatus.PRESENT.name());
            if (who.isGuest()) {
                read.setString(4, who.guestKey());
            } else {
                read.setLong(4, who.learnerId());
            }
            JoinService.Joined latest = null;
            Timestamp latestMarked = null;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    Timestamp marked = rows.getTimestamp(4);
                    if (latest == null || marked != null && (latestMarked == null || marked.after(latestMarked))) {
                        latest = new JoinService.Joined(rows.getLong(1), rows.getString(2), rows.getTimestamp(3) != null);
                        latestMarked = marked;
                    }
                }
            }
            return Optional.ofNullable(latest);
        } catch (SQLException failed) {
            throw new IllegalStateException("Cannot read the session " + who + " is in", failed);
        }
    }
}

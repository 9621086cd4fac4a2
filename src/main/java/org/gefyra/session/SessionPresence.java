package org.gefyra.session;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import org.gefyra.learning.LearnerKey;

/**
 * The running session a learner or guest is present at, asked on every learner page (the session
 * its learning counts for, the "I need help" button): one query with plain JDBC and no
 * transaction. Through {@link JoinService} (a JTA transaction, the retry interceptor, an entity
 * manager and EclipseLink's query machinery around the same query) it took about a tenth of a step
 * page's processor time. It is read each time, not remembered: joining, leaving or a session closed
 * on another server shows at the next request here.
 */
@ApplicationScoped
public class SessionPresence {

    private static final String QUERY = "select a.session_id, s.title, a.help_asked_at, a.marked_at "
            + "from session_attendance a join learning_session s on s.id = a.session_id "
            + "where s.status = ? and s.ends_at > ? and a.status = ? and a.";

    @Resource(lookup = "jdbc/gefyra")
    DataSource dataSource;

    Clock clock = Clock.systemDefaultZone();

    /**
     * One running session at a time, rarely two (joined at one, then at another before the first
     * ended): the one they were marked present at last. Chosen here rather than by an {@code order
     * by}: Derby's sort of even an empty result is costly.
     */
    public Optional<JoinService.Joined> current(LearnerKey who) {
        String sql = QUERY + (who.isGuest() ? "guest_key" : "learner_id") + " = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(sql)) {
            read.setString(1, SessionStatus.OPEN.name());
            read.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now(clock).minus(LearningSession.RUNS_ON_FOR)));
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
                    if (latest == null || (marked != null && (latestMarked == null || marked.after(latestMarked)))) {
                        latest = new JoinService.Joined(rows.getLong(1), rows.getString(2), rows.getTimestamp(3) != null);
                        latestMarked = marked;
                    }
                }
            }
            return Optional.ofNullable(latest);
        } catch (SQLException failed) {
            throw new IllegalStateException("Cannot read the session " + who + " is present at", failed);
        }
    }
}

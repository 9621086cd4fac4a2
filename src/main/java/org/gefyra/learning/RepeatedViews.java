package org.gefyra.learning;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.gefyra.content.LearningModule;
import org.gefyra.content.Step;

/**
 * Whether the view of a step is the one just recorded, repeated within a moment (a reload, a double
 * tap, Back and Forward): two columns of the learner's progress in the module, read with plain JDBC
 * and no transaction. Such a view records nothing, so it needs neither the learner's turn
 * ({@link LearnerLocks}) nor a transaction: it is answered as if it came just before any request of
 * theirs still being written. Anything else goes to {@link ProgressService#view}, which reads again
 * in its turn. Read each time, not remembered: a view on another server counts at once.
 */
@ApplicationScoped
public class RepeatedViews {

    @Resource(lookup = "jdbc/gefyra")
    DataSource dataSource;

    public boolean isRepeat(LearnerKey who, LearningModule module, Step step) {
        String sql = "select last_action, last_activity_at from module_progress where "
                + (who.isGuest() ? "guest_key" : "learner_id") + " = ? and module_id = ?";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection.prepareStatement(sql)) {
            if (who.isGuest()) {
                read.setString(1, who.guestKey());
            } else {
                read.setLong(1, who.learnerId());
            }
            read.setString(2, module.id());
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                Timestamp at = row.getTimestamp(2);
                return ModuleProgress.isRepeat(row.getString(1), at == null ? null : at.toInstant(),
                        ProgressService.viewed(step), ProgressService.REPEAT_WINDOW);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("Cannot read " + who + "'s progress in " + module.id(), failed);
        }
    }
}

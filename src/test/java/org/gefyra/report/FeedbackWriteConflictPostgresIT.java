package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.gefyra.it.Http;
import org.gefyra.learner.LearnerPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A learner's "was it useful?" meets another transaction that holds the learner's row and then
 * writes the same answer: PostgreSQL breaks the deadlock by refusing the learner's transaction.
 * The learner is not shown an error: the answer is tried again once the way is clear, and kept.
 * Derby refuses the same way (40XL1) when requests ask at once for an identity column's numbers.
 * Only the PostgreSQL pass can reach the server's database from outside.
 */
@EnabledIfSystemProperty(named = "gefyra.it.database", matches = "PostgreSQL")
class FeedbackWriteConflictPostgresIT {

    private static final String URL = "jdbc:postgresql://127.0.0.1:"
            + System.getProperty("gefyra.it.postgresql.port", "55432") + "/gefyra";
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void aLearnersAnswerRefusedForADeadlockIsTriedAgainAndKept() throws Exception {
        Http eleni = ReportsIT.staff("eleni");
        long learner = LearnerPages.register(eleni, "Conflict " + RUN, "Central Library");
        Http tablet = ReportsIT.finish(LearnerPages.newCard(eleni, learner));

        try (Connection other = DriverManager.getConnection(URL, "gefyra", "gefyra")) {
            other.setAutoCommit(false);
            try (PreparedStatement hold = other.prepareStatement("select id from learner where id = ? for update")) {
                hold.setLong(1, learner);
                hold.executeQuery().close();
            }
            CompletableFuture<HttpResponse<String>> answered = CompletableFuture.supplyAsync(() -> tablet.post(
                    "/learn/feedback.xhtml", ReportsIT.form("feedback", "useful3", Map.of("module", ReportsIT.MODULE))));
            Thread.sleep(700); // the learner's answer now waits for the learner's row
            try (PreparedStatement same = other.prepareStatement("insert into module_feedback (learner_id, module_id, "
                    + "module_version, usefulness, language, given_at) values (?, ?, 1, 1, 'en', current_timestamp)")) {
                same.setLong(1, learner);
                same.setString(2, ReportsIT.MODULE);
                same.executeUpdate(); // waits for the learner's answer: a deadlock, which PostgreSQL breaks
            } catch (SQLException refused) {
                throw new AssertionError("PostgreSQL was to refuse the learner's transaction, not this one", refused);
            }
            other.commit();

            HttpResponse<String> rated = answered.get(30, TimeUnit.SECONDS);
            assertEquals(302, rated.statusCode(), rated.body());
            assertTrue(rated.headers().firstValue("Location").orElse("").contains("step=hard"),
                    "on to \"what was hard?\": " + rated.headers().firstValue("Location").orElse(""));
            try (PreparedStatement kept = other.prepareStatement(
                    "select usefulness, count(*) over () from module_feedback where learner_id = ?")) {
                kept.setLong(1, learner);
                try (ResultSet row = kept.executeQuery()) {
                    assertTrue(row.next());
                    assertEquals(3, row.getInt(1), "the learner's answer, tried again after the other, is the one kept");
                    assertEquals(1, row.getInt(2), "one answer");
                }
            }
        }
    }
}

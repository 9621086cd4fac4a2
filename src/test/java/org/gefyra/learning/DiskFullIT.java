package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.gefyra.it.Http;
import org.gefyra.it.SecondServer;
import org.gefyra.it.Server;
import org.gefyra.it.SmallDisk;
import org.gefyra.learner.LearnerPages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The disk is full for a moment. A server of the test's own keeps its embedded Derby on a small
 * disk of its own (a tmpfs, {@link SmallDisk}); a learner answers a quiz while the test fills that
 * disk to its last byte. Once the database finds no room, each answer it cannot save is refused
 * with a kind page in the learner's language (503, "we cannot save right now"), never a 500 or a
 * stack trace, while pages that only read go on working. Then the room comes back, and within a
 * minute the learner's answers are saved again, without a restart. Last, with the server stopped,
 * the database holds every answer that was acknowledged, each whole, in the
 * order sent, and none that was refused.
 * <p>
 * Concurrent: with a server, a disk and a database of its own, and seconds of waiting out the
 * repeat window, it runs beside the other test classes (see the failsafe configuration in pom.xml).
 */
@Execution(ExecutionMode.CONCURRENT)
class DiskFullIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final int MOST_ANSWERS_ON_A_FULL_DISK = 3000;
    private static final Duration LONGEST_ON_A_FULL_DISK = Duration.ofMinutes(3);
    private static final Duration LONGEST_TO_RECOVER = Duration.ofSeconds(90);

    /** One answer sent: which option, and whether the page said it was saved. */
    private record Sent(String option, boolean acknowledged, int status) {
    }

    @Test
    void aFullDiskRefusesKindlyKeepsEverythingWholeAndWorksAgainWhenThereIsRoom() throws Exception {
        Assumptions.assumeFalse(Server.database().orElse("").equals("PostgreSQL"),
                "Runs once, with the embedded Derby of a server of its own, not again on the PostgreSQL run");
        Path data = Path.of(System.getProperty("gefyra.build.dir", "target"), "it-disk-full", RUN, "data").toAbsolutePath();
        Quiz quiz = Quiz.find();
        List<Sent> sent = new ArrayList<>();
        Timestamp since;
        int refusedWhileFull;
        try (SmallDisk disk = SmallDisk.mount(data, "64m")) {
            try (SecondServer server = SecondServer.create("gefyra-disk-full", data)) {
                server.start();
                Http maria = server.client();
                assertEquals(302, maria.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "DEM2-MARA")).statusCode());
                String modulePage = "/learn/module.xhtml?id=" + quiz.module();
                String button = maria.get(modulePage).body().contains("id=\"module:skip\"") ? "skip" : "continue";
                assertEquals(302, maria.submit(modulePage, "module", button, Map.of()).statusCode(), "starting the module");
                Http.Form form = maria.form(quiz.page(), "quiz");
                String language = language(maria.get(quiz.page()).body());
                since = Timestamp.from(Instant.now().minusMillis(500));
                for (int i = 0; i < 5; i++) {
                    assertTrue(answer(maria, form, quiz, sent).acknowledged(), "answers are saved while there is room");
                }

                long filled = disk.fill();
                assertEquals(0, disk.room(), "the disk is full to its last byte");
                System.out.println("Disk full: " + filled + " bytes of filler");
                long began = System.nanoTime();
                int acknowledgedWhileFull = 0;
                refusedWhileFull = 0;
                while (refusedWhileFull < 3 && sent.size() < MOST_ANSWERS_ON_A_FULL_DISK
                        && System.nanoTime() - began < LONGEST_ON_A_FULL_DISK.toNanos()) {
                    HttpResponse<String> answered = post(maria, form, quiz, sent);
                    if (answered.statusCode() == 200 && answered.body().contains("id=\"feedback\"")) {
                        acknowledgedWhileFull++;
                    } else {
                        refusedWhileFull++;
                        assertKindRefusal(answered, language, "an answer on a full disk");
                        waitOutTheRepeatWindow();
                    }
                }
                System.out.println("Disk full: " + acknowledgedWhileFull + " answers still saved in the room Derby had kept, then "
                        + refusedWhileFull + " refused kindly, in " + Duration.ofNanos(System.nanoTime() - began).toMillis() + " ms");
                assertTrue(refusedWhileFull > 0, "the full disk was felt within " + sent.size() + " answers");
                assertEquals(200, maria.get("/learn/index.xhtml").statusCode(), "a page that only reads still works");
                assertEquals(200, server.client().get("/kiosk/start.xhtml").statusCode(), "the start page still works");
                Http eleni = server.client();
                HttpResponse<String> signedIn = eleni.signIn("eleni", Server.DEMO_PASSWORD);
                assertTrue(signedIn.statusCode() == 302 || signedIn.statusCode() == 503, "staff sign in, or are told to wait: "
                        + signedIn.statusCode());
                if (signedIn.statusCode() == 503) {
                    assertKindRefusal(signedIn, "en", "a sign-in on a full disk");
                } else {
                    // a servlet, not a Faces page: the record is handed over only once its audit entry is written
                    HttpResponse<String> record = eleni.get("/educator/learners/record?format=json&id="
                            + LearnerPages.idOf(eleni, "Maria"));
                    System.out.println("Disk full: a learner's record download answered " + record.statusCode());
                    if (record.statusCode() != 200) {
                        assertKindRefusal(record, "en", "a learner's record on a full disk");
                    }
                }
                HttpResponse<String> backup = server.client().send("POST", "/api/admin/backups", Map.of("Authorization",
                        Http.basicAuthorization("admin", Server.adminPassword()), "X-Requested-By", "DiskFullIT",
                        "Accept-Language", "el"), null);
                assertEquals(503, backup.statusCode(), "a backup on a full disk is refused as an outage: " + backup.body());
                // the backup's own words, or, when even the password's attempt could not be written, an outage's
                String outage = ResourceBundle.getBundle("org.gefyra.i18n.messages", Locale.forLanguageTag("el"))
                        .getString("error.storage.title");
                assertTrue(backup.body().contains("Το αντίγραφο ασφαλείας χρειάζεται χώρο") || backup.body().contains(outage),
                        "in the caller's language: " + backup.body());
                assertFalse(backup.body().contains("Exception"), backup.body());
                for (String api : List.of("/api/modules", "/api/xapi/statements?limit=5")) {
                    HttpResponse<String> read = server.client().send("GET", api, Map.of("Authorization",
                            Http.basicAuthorization("admin", Server.adminPassword()), "X-Experience-API-Version", "1.0.3",
                            "Accept-Language", "el"), null);
                    System.out.println("Disk full: " + api + " answered " + read.statusCode());
                    assertTrue(read.statusCode() == 200 || read.statusCode() == 503, api + " on a full disk: " + read.statusCode());
                    assertFalse(read.body().contains("Exception") || read.body().contains("at org."), api + ": " + read.body());
                    if (read.statusCode() == 503) {
                        assertTrue(read.body().contains(ResourceBundle.getBundle("org.gefyra.i18n.messages", Locale.forLanguageTag("el"))
                                .getString("error.storage.title")), api + " says it in the caller's language: " + read.body());
                    }
                }

                disk.free();
                long freed = System.nanoTime();
                boolean saved = false;
                while (!saved && System.nanoTime() - freed < LONGEST_TO_RECOVER.toNanos()) {
                    HttpResponse<String> answered = post(maria, form, quiz, sent);
                    saved = answered.statusCode() == 200 && answered.body().contains("id=\"feedback\"");
                    if (!saved) {
                        assertKindRefusal(answered, language, "an answer while the room comes back");
                        waitOutTheRepeatWindow();
                    }
                }
                assertTrue(saved, "answers are saved again within " + LONGEST_TO_RECOVER.toSeconds() + " s of the room coming back");
                System.out.println("Disk full: saved again " + Duration.ofNanos(System.nanoTime() - freed).toMillis()
                        + " ms after the room came back, without a restart");
                for (int i = 0; i < 5; i++) {
                    assertTrue(answer(maria, form, quiz, sent).acknowledged(), "answers are saved once there is room");
                }
                assertEquals(200, server.client().get("/health/ready").statusCode(), "the server says it is ready");
                server.stop();
            }
            assertWhole(data, quiz, since, sent);
        }
    }

    /**
     * After a refused answer, the next one is the same as the last one saved: sent within the
     * moment it would be taken for a double tap, and recorded once.
     */
    private static void waitOutTheRepeatWindow() throws InterruptedException {
        Thread.sleep(ProgressService.REPEAT_WINDOW.toMillis() + 500);
    }

    private static Sent answer(Http learner, Http.Form form, Quiz quiz, List<Sent> sent) {
        post(learner, form, quiz, sent);
        return sent.get(sent.size() - 1);
    }

    /** Sends the next answer (the options in turn, so that no answer repeats the one before it). */
    private static HttpResponse<String> post(Http learner, Http.Form form, Quiz quiz, List<Sent> sent) {
        String option = quiz.option(sent.size());
        Map<String, String> fields = new LinkedHashMap<>(Http.fields(form, "check", Map.of()));
        fields.put("chosen", option);
        HttpResponse<String> answered = learner.post(form.action(), fields);
        boolean acknowledged = answered.statusCode() == 200 && answered.body().contains("id=\"feedback\"");
        sent.add(new Sent(option, acknowledged, answered.statusCode()));
        return answered;
    }

    /** 503, the page that says nothing was saved, in the person's language, and nothing of the server's insides. */
    private static void assertKindRefusal(HttpResponse<String> answered, String language, String what) {
        String body = answered.body();
        assertEquals(503, answered.statusCode(), what + " answered " + answered.statusCode());
        String title = ResourceBundle.getBundle("org.gefyra.i18n.messages", Locale.forLanguageTag(language))
                .getString("error.storage.title");
        assertTrue(body.contains(title), what + ": the page says, in " + language + ", that it cannot save now");
        assertFalse(body.contains("Exception") || body.contains("at org.") || body.contains("SQL"), what + ": no stack trace");
    }

    private static String language(String page) {
        java.util.regex.Matcher lang = java.util.regex.Pattern.compile("<html[^>]*\\slang=\"([a-z]+)\"").matcher(page);
        assertTrue(lang.find(), "the page names its language");
        return lang.group(1);
    }

    /**
     * With the server stopped: the learner's answers since the start, in the order stored, are
     * exactly the acknowledged ones plus, at most, refused ones whose commit reached the disk
     * anyway; each event is whole.
     */
    private static void assertWhole(Path data, Quiz quiz, Timestamp since, List<Sent> sent) throws SQLException {
        String url = "jdbc:derby:" + data.resolve("derby");
        List<String> stored = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url)) {
            try (PreparedStatement select = db.prepareStatement("SELECT e.option_id, e.correct, e.language, e.occurred_at"
                    + " FROM learning_event e JOIN learner l ON l.id = e.learner_id WHERE l.display_name = 'Maria'"
                    + " AND e.module_id = ? AND e.step_id = ? AND e.verb = 'ANSWERED' AND e.occurred_at >= ? ORDER BY e.id")) {
                select.setString(1, quiz.module());
                select.setString(2, quiz.step());
                select.setTimestamp(3, since);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String option = rows.getString(1);
                        assertEquals(option.equals(quiz.correct()), rows.getBoolean(2), "a whole event");
                        assertTrue(rows.getString(3) != null && rows.getTimestamp(4) != null, "a whole event");
                        stored.add(option);
                    }
                }
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException shutDown) {
                // Derby reports a database shut down with an exception (08006)
            }
        }
        long acknowledged = sent.stream().filter(Sent::acknowledged).count();
        System.out.println("Disk full: " + sent.size() + " answers sent, " + acknowledged + " acknowledged, " + stored.size()
                + " stored");
        // every acknowledged answer is there, in order; beyond them only answers that were sent and refused
        int fewestExtras = fewestExtras(sent, stored);
        assertTrue(fewestExtras >= 0, "the stored answers are not the acknowledged ones, in order: " + stored);
        assertTrue(fewestExtras <= 1, "at most the one answer whose commit reached the disk as the room ran out is stored though "
                + "refused: " + fewestExtras);
    }

    /**
     * How few refused answers must be taken as stored for the stored ones to be the sent ones in
     * order, every acknowledged one among them; -1 if no choice does it.
     */
    private static int fewestExtras(List<Sent> sent, List<String> stored) {
        int impossible = Integer.MAX_VALUE;
        int[] best = new int[stored.size() + 1];
        java.util.Arrays.fill(best, impossible);
        best[0] = 0;
        for (Sent answer : sent) {
            int[] next = new int[best.length];
            java.util.Arrays.fill(next, impossible);
            for (int j = 0; j < best.length; j++) {
                if (best[j] == impossible) {
                    continue;
                }
                if (!answer.acknowledged()) {
                    next[j] = Math.min(next[j], best[j]);
                }
                if (j < stored.size() && stored.get(j).equals(answer.option())) {
                    next[j + 1] = Math.min(next[j + 1], best[j] + (answer.acknowledged() ? 0 : 1));
                }
            }
            best = next;
        }
        return best[stored.size()] == impossible ? -1 : best[stored.size()];
    }
}

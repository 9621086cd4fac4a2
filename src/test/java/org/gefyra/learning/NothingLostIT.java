package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.gefyra.content.ContentSnapshot;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleLoader;
import org.gefyra.content.Step;
import org.gefyra.it.Http;
import org.gefyra.it.SecondServer;
import org.gefyra.it.Server;
import org.gefyra.shared.persistence.RestoreDerbyBackup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Nothing acknowledged is lost when the power goes. A server of the test's own (Derby, its own
 * data folder) serves many learners and guests who answer a quiz as fast as they can; it is killed
 * with {@code kill -9} while they write, and started again. Every answer that had its page back
 * (HTTP 200 with the feedback) must be stored, in order, once, whole; an answer that was on its way
 * may be stored or not, nothing else may be. Then an online backup taken from the running server,
 * restored into a fresh data folder, serves the same learners with the same answers. The test
 * looks at what the server acknowledged over HTTP only, so it holds whatever way events are written.
 */
class NothingLostIT {

    private static final List<String> CARDS = List.of("DEM2-MARA", "DEM2-AHMD", "DEM2-GVAN", "DEM2-ELEN",
            "DEM2-ANNA", "DEM2-FATM", "DEM2-LARS");
    private static final int GUESTS = 13;
    private static final int ACKNOWLEDGED_BEFORE_THE_KILL = 150;
    private static final Duration LONGEST_WRITING = Duration.ofSeconds(20);

    /** One person writing: what they sent and what came back acknowledged. */
    private static final class Writer {
        final String who;
        final Http http;
        final AtomicInteger sent = new AtomicInteger();
        final AtomicInteger acknowledged = new AtomicInteger();

        Writer(String who, Http http) {
            this.who = who;
            this.http = http;
        }
    }

    @Test
    void everyAcknowledgedAnswerSurvivesAKillAndABackupServesTheSameLearners() throws Exception {
        Assumptions.assumeFalse(Server.database().orElse("").equals("PostgreSQL"),
                "Runs once, with the embedded Derby of a server of its own, not again on the PostgreSQL run");
        Path root = Path.of(System.getProperty("gefyra.build.dir", "target"), "it-nothing-lost",
                Long.toString(System.currentTimeMillis(), 36)).toAbsolutePath();
        Quiz quiz = Quiz.find();
        List<Writer> writers = new ArrayList<>();
        Map<String, List<String>> stored;
        String backup;
        try (SecondServer server = SecondServer.create("gefyra-power-cut", root.resolve("data"))) {
            Duration firstStart = server.start();
            for (String card : CARDS) {
                writers.add(ready(server, card, quiz));
            }
            for (int i = 0; i < GUESTS; i++) {
                writers.add(ready(server, null, quiz));
            }
            long writing = write(server, writers, quiz);
            Duration restart = server.start();
            for (String card : CARDS) {
                assertInProgress(signIn(server.client(), card), quiz, card + " after the restart");
            }
            backup = backUp(server);
            server.stop();
            stored = answers(root.resolve("data"), quiz);
            int sent = writers.stream().mapToInt(w -> w.sent.get()).sum();
            int acknowledged = writers.stream().mapToInt(w -> w.acknowledged.get()).sum();
            int kept = stored.values().stream().mapToInt(List::size).sum();
            System.out.printf("Nothing lost: %d people answered for %d ms, %d answers sent, %d acknowledged, %d stored,"
                    + " 0 lost; first start %d s, restart after kill -9 %d s%n", writers.size(), writing, sent,
                    acknowledged, kept, firstStart.toSeconds(), restart.toSeconds());
            assertEveryAcknowledgedAnswerIsThere(writers, stored, quiz);
        }
        Path restored = root.resolve("restored");
        RestoreDerbyBackup.restore(Path.of(backup), restored, false);
        try (SecondServer server = SecondServer.create("gefyra-restored", restored)) {
            server.start();
            for (String card : CARDS) {
                assertInProgress(signIn(server.client(), card), quiz, card + " on the restored server");
            }
            server.stop();
        }
        assertEquals(stored, answers(restored, quiz), "the restored database has every answer, and only those");
    }

    /** A learner (by card) or a guest, signed in, with the module started and the quiz step open. */
    private static Writer ready(SecondServer server, String card, Quiz quiz) {
        Http http = server.client();
        if (card == null) {
            HttpResponse<String> guest = http.submit("/kiosk/start.xhtml", "guest", "try", Map.of());
            assertEquals(302, guest.statusCode(), "a guest");
        } else {
            signIn(http, card);
        }
        String modulePage = "/learn/module.xhtml?id=" + quiz.module();
        String button = http.get(modulePage).body().contains("id=\"module:skip\"") ? "skip" : "continue";
        assertEquals(302, http.submit(modulePage, "module", button, Map.of()).statusCode(), "starting the module");
        assertEquals(200, http.get(quiz.page()).statusCode(), "the quiz step");
        return new Writer(card == null ? "a guest" : card, http);
    }

    /** Everyone answers, alternating the first two options so that no answer repeats the one before; kill -9 meanwhile. */
    private static long write(SecondServer server, List<Writer> writers, Quiz quiz) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers.size());
        long began = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (Writer writer : writers) {
            running.add(pool.submit(() -> {
                Http.Form form = writer.http.form(quiz.page(), "quiz");
                while (!killed.get() || writer.sent.get() == 0) {
                    Map<String, String> fields = new LinkedHashMap<>(Http.fields(form, "check", Map.of()));
                    fields.put("chosen", quiz.option(writer.sent.get()));
                    writer.sent.incrementAndGet();
                    HttpResponse<String> answered;
                    try {
                        answered = writer.http.post(form.action(), fields);
                    } catch (IllegalStateException noAnswer) {
                        return;
                    }
                    if (answered.statusCode() != 200 || !answered.body().contains("id=\"feedback\"")) {
                        throw new AssertionError(writer.who + " got " + answered.statusCode() + " for an answer");
                    }
                    writer.acknowledged.incrementAndGet();
                    acknowledged.incrementAndGet();
                }
            }));
        }
        while (acknowledged.get() < ACKNOWLEDGED_BEFORE_THE_KILL && System.nanoTime() - began < LONGEST_WRITING.toNanos()) {
            Thread.sleep(20);
        }
        killed.set(true);
        server.kill();
        long writing = (System.nanoTime() - began) / 1_000_000;
        pool.shutdown();
        assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS), "the writers stopped");
        for (Future<?> writer : running) {
            writer.get();
        }
        assertTrue(acknowledged.get() > 0, "some answers were acknowledged before the kill");
        return writing;
    }

    /**
     * Each person's stored answers are the answers they sent, in order, each once: at least every
     * acknowledged one, at most one more (the one on its way when the server died). People are
     * matched to what is stored by these counts, as guests' keys never leave the server.
     */
    private static void assertEveryAcknowledgedAnswerIsThere(List<Writer> writers, Map<String, List<String>> stored,
            Quiz quiz) {
        for (Map.Entry<String, List<String>> person : stored.entrySet()) {
            List<String> answers = person.getValue();
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(quiz.option(i), answers.get(i), "answer " + (i + 1) + " of " + person.getKey()
                        + " is not the one sent then: " + answers);
            }
        }
        List<Integer> counts = stored.values().stream().map(List::size).sorted().toList();
        List<Writer> bySent = writers.stream().filter(w -> w.sent.get() > 0)
                .sorted(Comparator.comparingInt((Writer w) -> w.sent.get())).toList();
        List<Integer> unmatched = new ArrayList<>(counts);
        for (Writer writer : bySent) {
            int smallestFitting = unmatched.stream().filter(n -> n >= writer.acknowledged.get() && n <= writer.sent.get())
                    .findFirst().orElseThrow(() -> new AssertionError(writer.who + " had " + writer.acknowledged.get()
                            + " answers acknowledged and sent " + writer.sent.get() + ", but the stored counts are "
                            + counts + ": an acknowledged answer was lost"));
            unmatched.remove(Integer.valueOf(smallestFitting));
        }
        assertTrue(unmatched.stream().allMatch(n -> n == 0), "answers stored for nobody who sent them: " + unmatched);
    }

    private static void assertInProgress(Http http, Quiz quiz, String who) {
        HttpResponse<String> modules = http.get("/learn/index.xhtml");
        assertEquals(200, modules.statusCode(), who);
        assertTrue(modules.body().contains("module=" + quiz.module() + "&amp;step="), who + " can go on with the module");
    }

    private static Http signIn(Http http, String card) {
        HttpResponse<String> signedIn = http.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", card));
        assertEquals(302, signedIn.statusCode(), card + " signs in");
        return http;
    }

    private static String backUp(SecondServer server) {
        HttpResponse<String> made = new Http(server.url(""), null).send("POST", "/api/admin/backups",
                Map.of("Authorization", Http.basicAuthorization("admin", Server.adminPassword()),
                        "X-Requested-By", "NothingLostIT"), null);
        assertEquals(201, made.statusCode(), made.body());
        JsonObject backup = Json.createReader(new StringReader(made.body())).readObject();
        return backup.getString("folder");
    }

    /** The answers stored for the quiz, by person (a learner's id or a guest's key), in the order stored. */
    private static Map<String, List<String>> answers(Path dataDir, Quiz quiz) throws SQLException {
        String url = "jdbc:derby:" + dataDir.resolve("derby");
        Map<String, List<String>> byPerson = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(url);
             PreparedStatement select = db.prepareStatement("SELECT learner_id, guest_key, option_id, correct, language,"
                     + " occurred_at FROM learning_event WHERE module_id = ? AND step_id = ? AND verb = 'ANSWERED' ORDER BY id")) {
            select.setString(1, quiz.module());
            select.setString(2, quiz.step());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String person = rows.getString(1) != null ? "learner " + rows.getLong(1) : "guest " + rows.getString(2);
                    String option = rows.getString(3);
                    assertEquals(option.equals(quiz.correct()), rows.getBoolean(4), "a whole event: " + person);
                    assertTrue(rows.getString(5) != null && rows.getTimestamp(6) != null, "a whole event: " + person);
                    byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(option);
                }
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException closed) {
                // Derby says a database shut down with an exception
            }
        }
        return byPerson;
    }

    /** The first quiz of a module that every interface language has. */
    private record Quiz(String module, String step, List<String> options, String correct) {

        static Quiz find() {
            ContentSnapshot content = new ModuleLoader(Path.of(System.getProperty("gefyra.content.dir", "content"))).load();
            for (LearningModule module : content.modules().values()) {
                if (module.languages().containsAll(List.of("en", "el", "it", "sv", "ar"))) {
                    for (Step step : module.steps()) {
                        if (step.isQuiz()) {
                            return new Quiz(module.id(), step.id(), step.options(), step.correct());
                        }
                    }
                }
            }
            throw new AssertionError("no module with a quiz in every language");
        }

        String page() {
            return "/learn/step.xhtml?module=" + module + "&step=" + step;
        }

        /** The n-th answer sent (from 0): the first and second options in turn. */
        String option(int n) {
            return options.get(n % 2);
        }
    }
}

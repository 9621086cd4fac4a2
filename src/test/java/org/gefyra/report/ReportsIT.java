package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;

/**
 * The reports over HTTP, on what learners really did: the five learners of Thessaloniki each work
 * through a module on the learner pages (card, rating, every step, both questions, the rating
 * again, "was it useful?", "what was hard?", the certificate), and the network coordinator's
 * report and xAPI statements show exactly that; Malmö's coordinator sees none of it.
 */
class ReportsIT {

    static final String MODULE = "passwords-and-codes";
    static final String TITLE = "Passwords and one-time codes";
    static final List<String> STEPS = List.of("welcome", "never-tell", "caller-quiz", "good-password", "password-quiz",
            "try-it", "well-done");
    static final Map<String, String> RIGHT = Map.of("caller-quiz", "hang-up", "password-quiz", "four-words");
    static final Map<String, String> VERSION = Map.of("X-Experience-API-Version", "1.0.3");

    @Test
    void whatFiveLearnersDoOnThePagesIsWhatTheReportAndTheStatementsShow() {
        Http dimitra = staff("dimitra");
        Http johan = staff("johan");
        String thessaloniki = option(dimitra.get("/reports/index.xhtml").body(), "organisation",
                "Thessaloniki Digital Bridges");
        LocalDate today = LocalDate.now();
        String period = "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1);

        Instant annaStarts = null;
        Instant annaDone = null;
        List<String> cards = List.of("DEM2-MARA", "DEM2-AHMD", "DEM2-GVAN", "DEM2-ELEN", "DEM2-ANNA");
        for (String card : cards) {
            if (card.equals("DEM2-ANNA")) {
                annaStarts = Instant.now().minusMillis(1);
            }
            learn(card, card.equals("DEM2-MARA") || card.equals("DEM2-AHMD") ? "PRACTICE" : "WORDS");
            if (card.equals("DEM2-ANNA")) {
                annaDone = Instant.now().plusMillis(1);
            }
        }

        List<List<String>> table = csv(dimitra, "/reports/export?kind=TABLE&by=MODULE&format=csv&organisation="
                + thessaloniki + "&module=" + MODULE + period);
        List<String> header = row(table, "Module");
        List<String> module = row(table, TITLE);
        assertEquals("5", module.get(header.indexOf("Modules finished")), "each of the five finished it once");
        assertEquals("5", module.get(header.indexOf("Certificates issued")));
        assertEquals("5", module.get(header.indexOf("Learners active")));
        assertEquals("100%", module.get(header.indexOf("Completion rate")));
        assertEquals("100%", module.get(header.indexOf("Questions right at the first try")));
        assertEquals("+2.0", module.get(header.indexOf("Mean confidence gain")), "3 before, 5 after");

        List<List<String>> feedback = csv(dimitra, "/reports/export?kind=FEEDBACK&format=csv&organisation="
                + thessaloniki + "&module=" + MODULE + period);
        List<String> feedbackHeader = row(feedback, "Module");
        List<String> answers = row(feedback, TITLE);
        assertEquals("5", answers.get(feedbackHeader.indexOf("Answers")));
        assertEquals("100%", answers.get(feedbackHeader.indexOf("Very useful")));
        assertEquals("60%", answers.get(feedbackHeader.indexOf("Hard: words")), "3 of 5");
        assertEquals("40%", answers.get(feedbackHeader.indexOf("Hard: practice")), "2 of 5");

        String window = "since=" + annaStarts + "&until=" + annaDone;
        HttpResponse<String> anna = dimitra.get("/api/xapi/statements?" + window + "&limit=0", VERSION);
        assertEquals(200, anna.statusCode(), anna.body());
        assertEquals("1.0.3", anna.headers().firstValue("X-Experience-API-Version").orElse(""));
        JsonObject result = json(anna.body());
        List<JsonObject> statements = result.getJsonArray("statements").getValuesAs(JsonObject.class);
        Map<String, Long> verbs = statements.stream().collect(Collectors.groupingBy(XapiStatementsTest::verb,
                Collectors.counting()));
        assertEquals(Map.of("initialized", 1L, "responded", 2L, "experienced", 7L, "answered", 2L, "completed", 1L), verbs,
                "Anna's thirteen actions");
        assertEquals(1, statements.stream().map(XapiStatementsTest::name).distinct().count(), "one pseudonym");
        // (the module's own Swedish text has an example password "Anna1948": the activities may say it)
        statements.forEach(s -> assertFalse((s.getJsonObject("actor").toString() + s.getJsonObject("context"))
                .contains("Anna"), "never a name"));
        assertEquals("", result.getString("more"));
        statements.forEach(ReportsIT::assertValidStatement);

        HttpResponse<String> malmo = johan.get("/api/xapi/statements?" + window, VERSION);
        assertEquals(200, malmo.statusCode());
        assertEquals(0, json(malmo.body()).getJsonArray("statements").size(), "another organisation's learners");
        assertEquals(403, johan.get("/reports/export?kind=TABLE&by=MODULE&format=csv&organisation=" + thessaloniki)
                .statusCode());
        assertEquals(403, johan.get("/reports/index.xhtml?organisation=" + thessaloniki).statusCode());
        List<List<String>> johans = csv(johan, "/reports/export?kind=TABLE&by=ORGANISATION&format=csv" + period);
        assertFalse(johans.stream().anyMatch(r -> r.get(0).contains("Thessaloniki")), "only Malmö's own figures");
    }

    @Test
    void theStatementsComePageByPageThroughTheMoreLink() {
        Http dimitra = staff("dimitra");
        // two learners of Malmö: enough statements for five pages, whatever the other tests did before
        learn("DEM2-LARS", "SCREEN");
        learn("DEM2-FATM", "SCREEN");
        String first = "/api/xapi/statements?limit=3";
        List<String> ids = new ArrayList<>();
        String next = first;
        for (int page = 0; page < 5 && !next.isEmpty(); page++) {
            HttpResponse<String> answer = dimitra.get(next, VERSION);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject result = json(answer.body());
            assertTrue(result.getJsonArray("statements").size() <= 3);
            result.getJsonArray("statements").getValuesAs(JsonObject.class).forEach(s -> ids.add(s.getString("id")));
            next = result.getString("more");
        }
        assertEquals(15, ids.size(), "five full pages");
        assertEquals(15, ids.stream().distinct().count(), "no statement twice");
        HttpResponse<String> again = dimitra.get("/api/xapi/statements?limit=15", VERSION);
        assertEquals(ids, json(again.body()).getJsonArray("statements").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("id")).toList(), "the pages are the same statements as one long page");
    }

    @Test
    void theXapiResourceSaysWhatIsWrongWithARequest() {
        Http dimitra = staff("dimitra");
        assertEquals(400, dimitra.get("/api/xapi/statements").statusCode(), "no version header");
        assertEquals(400, dimitra.get("/api/xapi/statements", Map.of("X-Experience-API-Version", "0.9")).statusCode());
        HttpResponse<String> since = dimitra.get("/api/xapi/statements?since=yesterday", VERSION);
        assertEquals(400, since.statusCode());
        assertTrue(json(since.body()).getString("error").contains("since"), since.body());
        assertEquals(400, dimitra.get("/api/xapi/statements?limit=-1", VERSION).statusCode());
        assertEquals(400, dimitra.get("/api/xapi/statements?agent=%7B%7D", VERSION).statusCode(), "not supported here");
        assertEquals(200, new Http().get("/api/xapi/statements?limit=1", Map.of("X-Experience-API-Version", "2.0.0",
                "Authorization", basic("dimitra", Server.DEMO_PASSWORD))).statusCode(), "HTTP Basic, xAPI 2.0");
        assertEquals(403, staff("eleni").get("/api/xapi/statements", VERSION).statusCode(), "educators read no records");
    }

    @Test
    void everyExportIsAFileOfItsKindInTheCoordinatorsLanguage() {
        Http dimitra = staff("dimitra");
        HttpResponse<byte[]> csv = dimitra.download("/reports/export?kind=DASHBOARD&format=csv&lang=el");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"gefyra-dashboard-"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFΕπισκόπηση"), text.substring(0, 40));
        HttpResponse<byte[]> xlsx = dimitra.download("/reports/export?kind=COMPARE&by=CITY&format=xlsx");
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII), "a zip, as workbooks are");
        HttpResponse<byte[]> pdf = dimitra.download("/reports/export?kind=FEEDBACK&format=pdf&lang=ar");
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(400, dimitra.get("/reports/export?kind=DASHBOARD&format=docx").statusCode());
        assertEquals(400, dimitra.get("/reports/export?kind=DASHBOARD&format=csv&from=2025-02-30").statusCode());
        HttpResponse<String> file = dimitra.get("/reports/statements.json");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").contains("gefyra-xapi-"));
        Json.createReader(new StringReader(file.body())).readArray().getValuesAs(JsonObject.class)
                .forEach(ReportsIT::assertValidStatement);
    }

    /** A learner signs in with their card and goes through the whole module on its pages. */
    static void learn(String card, String hard) {
        Http learner = finish(card);
        HttpResponse<String> useful = learner.post("/learn/feedback.xhtml", form("feedback", "useful3", Map.of("module", MODULE)));
        assertTrue(useful.headers().firstValue("Location").orElse("").contains("step=hard"), card);
        Map<String, String> hardForm = new LinkedHashMap<>(form("feedback", "send", Map.of("module", MODULE, "step", "hard")));
        hardForm.put("hard", hard);
        HttpResponse<String> sent = learner.post("/learn/feedback.xhtml", hardForm);
        assertTrue(sent.headers().firstValue("Location").orElse("").contains("/learn/certificate.xhtml"), card);
        assertEquals(200, learner.get("/learn/certificate.xhtml?module=" + MODULE).statusCode());
    }

    /** A learner signs in with their card and goes through the module up to its end; returns them on the "was it useful?" page. */
    static Http finish(String card) {
        Http learner = new Http();
        assertEquals(302, learner.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", card)).statusCode(), card);
        // Someone who opened the module before (a practice test) has rated it 3 already: so does everyone here.
        if (learner.get("/learn/module.xhtml?id=" + MODULE).body().contains("module:rate3")) {
            assertEquals(302, learner.post("/learn/module.xhtml", form("module", "rate3", Map.of("id", MODULE))).statusCode());
        }
        for (String step : STEPS) {
            assertEquals(200, learner.get("/learn/step.xhtml?module=" + MODULE + "&step=" + step).statusCode(), step);
            if (RIGHT.containsKey(step)) {
                HttpResponse<String> answer = learner.post("/learn/step.xhtml", form("quiz", "check",
                        Map.of("module", MODULE, "step", step, "chosen", RIGHT.get(step))));
                assertTrue(answer.body().contains("feedback-right"), card + " " + step);
            }
        }
        HttpResponse<String> finished = learner.post("/learn/finish.xhtml", form("finish", "rate5", Map.of("module", MODULE)));
        assertTrue(finished.headers().firstValue("Location").orElse("").contains("/learn/feedback.xhtml"), card);
        return learner;
    }

    private static void assertValidStatement(JsonObject statement) {
        XapiStatementsTest.assertValid(statement, Server.url("/xapi"));
    }

    static Http staff(String username) {
        Http http = new Http();
        assertEquals(302, http.signIn(username, Server.DEMO_PASSWORD).statusCode(), username);
        return http;
    }

    /** A learner page's form as the browser sends it: learner pages are stateless views. */
    static Map<String, String> form(String formId, String button, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(formId, formId);
        form.put(formId + ":" + button, button);
        form.put("jakarta.faces.ViewState", "stateless");
        return form;
    }

    private static List<List<String>> csv(Http http, String path) {
        HttpResponse<byte[]> answer = http.download(path);
        assertEquals(200, answer.statusCode(), path);
        return ReportExportsTest.parseCsv(new String(answer.body(), StandardCharsets.UTF_8).substring(1));
    }

    private static List<String> row(List<List<String>> rows, String first) {
        return rows.stream().filter(r -> r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + rows));
    }

    private static String option(String page, String select, String label) {
        Matcher options = Pattern.compile("<select id=\"" + select + "\".*?</select>", Pattern.DOTALL).matcher(page);
        assertTrue(options.find(), "no list " + select);
        Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(label) + "<").matcher(options.group());
        assertTrue(option.find(), "no " + label + " in " + select);
        return option.group(1);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

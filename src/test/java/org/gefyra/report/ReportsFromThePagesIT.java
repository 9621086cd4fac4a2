package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.gefyra.learner.LearnerPages;
import org.junit.jupiter.api.Test;

/**
 * The reports on activity made entirely through the pages, as people make it: the administrator
 * opens a new site of Thessaloniki; its educator registers seven learners there (six agree to
 * anonymous reports, one does not) and prints their cards; they sign in with them and work through
 * a module (the confidence rating, every step, the first question once wrong, the rating again,
 * "was it useful?", "what was hard?", the certificate), one of them stopping early; the educator
 * runs a session there that four join with its code and two more are marked present. The network
 * coordinator's table, dashboard, CSV export and xAPI statements, filtered to the new site, the
 * module and today, then show exactly that, with attendance "fewer than 5" until the fifth learner
 * comes; the same figures once the events are folded into the learning days; and Malmö's
 * coordinator sees none of it, whatever address she tries.
 */
class ReportsFromThePagesIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String MODULE = "video-call-family";
    private static final String TITLE = "Make a video call to your family";
    private static final String SITE = "Report site " + RUN;
    private static final List<String> STEPS = List.of("welcome", "the-app", "hang-up-quiz", "good-call", "stranger-quiz",
            "try-it", "well-done");
    private static final Map<String, String> RIGHT = Map.of("hang-up-quiz", "red", "stranger-quiz", "let-it-ring");
    private static final Map<String, String> VERSION = Map.of("X-Experience-API-Version", "1.0.3");

    @Test
    void activityOnTheLearnerAndEducatorPagesIsWhatTheReportsShow() throws InterruptedException {
        Http admin = new Http();
        assertEquals(302, admin.signIn("admin", Server.adminPassword()).statusCode());
        Http eleni = ReportsIT.staff("eleni");
        Http dimitra = ReportsIT.staff("dimitra");
        Http johan = ReportsIT.staff("johan");

        String thessaloniki = LearnerPages.option(admin.get("/admin/sites.xhtml").body(), "site:organisation",
                "Thessaloniki Digital Bridges");
        HttpResponse<String> added = admin.submit("/admin/sites.xhtml", "site", "add", Map.of("organisation", thessaloniki,
                "name", SITE, "kind", "LIBRARY", "address", "1 Test Street"));
        assertTrue(added.statusCode() == 302 || added.statusCode() == 200, "the site is added: " + added.statusCode());
        String site = LearnerPages.option(eleni.get("/educator/learners/new.xhtml").body(), "learner:site", SITE);
        LocalDate today = LocalDate.now();
        String filter = "organisation=" + thessaloniki + "&site=" + site + "&from=" + today.minusDays(1) + "&to="
                + today.plusDays(1);

        // the organisation's month, read from the prepared rows (whole months, one organisation: SessionMonths)
        String month = "organisation=" + thessaloniki + "&from=" + today.withDayOfMonth(1) + "&to="
                + today.withDayOfMonth(today.lengthOfMonth());
        Map<String, String> monthBefore = tiles(dimitra, "/reports/index.xhtml?" + month);
        Instant began = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS); // the class before may have written a second ago
        List<Long> learners = new ArrayList<>();
        List<String> cards = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            learners.add(register(eleni, "Report learner " + i + " " + RUN, i != 7));
            cards.add(LearnerPages.newCard(eleni, learners.get(i - 1)));
        }
        // All seven at once, as in a room of tablets, each taking a moment before each action.
        Map<Integer, Duration> took = new ConcurrentHashMap<>();
        ExecutorService room = Executors.newFixedThreadPool(7);
        try {
            List<Future<?>> learning = new ArrayList<>();
            for (int n = 1; n <= 7; n++) {
                int i = n;
                learning.add(room.submit(() -> {
                    Instant start = Instant.now();
                    if (i == 6) {
                        stopEarly(cards.get(i - 1));
                    } else {
                        learn(cards.get(i - 1), i <= 3 || i == 7 ? "useful3" : "useful2", i <= 2 ? "WORDS" : null);
                        took.put(i, Duration.between(start, Instant.now()));
                    }
                    return null;
                }));
            }
            for (Future<?> learner : learning) {
                learner.get(5, TimeUnit.MINUTES);
            }
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError("a learner could not finish", failed);
        } finally {
            room.shutdownNow();
        }

        // The session: planned at the new site, opened, four join with its code.
        String session = planAndOpen(eleni, "Report session " + RUN, SITE);
        String code = joinCode(eleni.get(session).body());
        for (int i = 1; i <= 4; i++) {
            Http learner = signIn(cards.get(i - 1));
            assertTrue(learner.submit("/learn/join.xhtml", "join", "submit", Map.of("code", code)).body()
                    .contains("id=\"joined\""), "learner " + i + " joins");
        }
        Map<String, String> bySite = figures(dimitra, "/reports/export?kind=TABLE&by=SITE&format=csv&" + filter, SITE);
        assertEquals("fewer than 5", bySite.get("Sessions held"), "held, resting on the four who came: hidden");
        assertEquals("fewer than 5", bySite.get("Attendance"), "four learners came: hidden");

        // The educator marks the fifth present, the sixth absent, and the seventh (no consent) present.
        mark(eleni, session, learners.get(4), "PRESENT");
        mark(eleni, session, learners.get(5), "ABSENT");
        mark(eleni, session, learners.get(6), "PRESENT");
        Instant ended = Instant.now().plusSeconds(1);

        Map<String, Map<String, String>> seen = new LinkedHashMap<>();
        seen.put("by site", figures(dimitra, "/reports/export?kind=TABLE&by=SITE&format=csv&" + filter, SITE));
        seen.put("by module", figures(dimitra, "/reports/export?kind=TABLE&by=MODULE&format=csv&" + filter + "&module="
                + MODULE, TITLE));
        seen.put("feedback", figures(dimitra, "/reports/export?kind=FEEDBACK&format=csv&" + filter + "&module=" + MODULE,
                TITLE));
        seen.put("table page", page(dimitra, "/reports/table.xhtml?by=SITE&" + filter, SITE));
        seen.put("dashboard", tiles(dimitra, "/reports/index.xhtml?" + filter));
        Map<String, String> monthAfter = tiles(dimitra, "/reports/index.xhtml?" + month);
        Map<String, String> siteMonth = tiles(dimitra, "/reports/index.xhtml?" + month + "&site=" + site);

        Map<String, String> site1 = seen.get("by site");
        assertEquals("6", site1.get("New learners"), "six registered learners agreed to be counted");
        assertEquals("6", site1.get("Learners active"));
        assertEquals("0", site1.get("Learners who came back"));
        assertEquals("1", site1.get("Sessions held"));
        assertEquals("5", site1.get("Attendance"), "four joined, one marked present; absent and not agreed are not counted");
        assertEquals("6", site1.get("Modules started"));
        assertEquals("5", site1.get("Modules finished"));
        assertEquals("83%", site1.get("Completion rate"), "5 of 6");
        assertEquals("50%", site1.get("Questions right at the first try"), "each of five: the first question wrong, the second right");
        assertEquals("3.0", site1.get("“I can” before (1–5)"));
        assertEquals("5.0", site1.get("“I can” after (1–5)"));
        assertEquals("+2.0", site1.get("Mean confidence gain"));
        assertEquals("100%", site1.get("Learners who gained confidence"));
        assertEquals("5", site1.get("Certificates issued"));
        assertEquals("0", site1.get("Practice goals reached"));
        long longest = took.values().stream().mapToLong(Duration::toSeconds).max().orElseThrow() + 1;
        double hours = Double.parseDouble(site1.get("Learning hours"));
        assertTrue(hours <= Math.ceil(6 * longest / 360.0) / 10, "active time only: " + hours + " h");
        int median = Integer.parseInt(site1.get("Median minutes to finish"));
        assertTrue(median >= 1 && median <= Math.max(1, (longest + 59) / 60), "the active minutes of a module done in " + longest
                + " s at most: " + median);

        Map<String, String> module = seen.get("by module");
        for (String measure : List.of("Learners active", "Modules started", "Modules finished", "Completion rate",
                "Questions right at the first try", "Mean confidence gain", "Certificates issued", "Sessions held",
                "Attendance", "Learning hours", "Median minutes to finish")) {
            assertEquals(site1.get(measure), module.get(measure), measure + " by module, the module chosen");
        }
        assertEquals("–", module.get("New learners"), "registrations are not by module");

        Map<String, String> feedback = seen.get("feedback");
        assertEquals("5", feedback.get("Answers"));
        assertEquals("60%", feedback.get("Very useful"));
        assertEquals("40%", feedback.get("A little useful"));
        assertEquals("0%", feedback.get("Not useful"));
        assertEquals("40%", feedback.get("Hard: words"), "2 of 5");

        Map<String, String> table = seen.get("table page");
        site1.forEach((measure, value) -> assertEquals(value, table.get(measure), measure + " on the table page"));
        Map<String, String> dashboard = seen.get("dashboard");
        for (String measure : List.of("Learners active", "New learners", "Sessions held", "Attendance", "Modules started",
                "Modules finished", "Completion rate", "Questions right at the first try", "Mean confidence gain",
                "Certificates issued")) {
            assertEquals(site1.get(measure), dashboard.get(measure), measure + " among the dashboard's headline figures");
        }

        // The same in the month's figures, read from the prepared rows: the site's exactly, the organisation's grown by them.
        for (Map.Entry<String, Integer> grown : Map.of("New learners", 6, "Sessions held", 1, "Attendance", 5).entrySet()) {
            String measure = grown.getKey();
            assertEquals(String.valueOf(grown.getValue()), siteMonth.get(measure), measure + " of the site's month");
            String before = monthBefore.get(measure).replace(",", "");
            String after = monthAfter.get(measure).replace(",", "");
            if (before.matches("\\d+")) {
                assertEquals(Integer.parseInt(before) + grown.getValue(), Integer.parseInt(after), measure
                        + " of the organisation's month, from " + before);
            } else {
                assertTrue(Integer.parseInt(after) >= grown.getValue(), measure + " of the organisation's month: " + after);
            }
        }

        // The statements: those of the six who agreed, and none of the seventh's.
        List<JsonObject> statements = statements(dimitra, began, ended);
        long pseudonyms = statements.stream().map(XapiStatementsTest::name).distinct().count();
        assertEquals(6, pseudonyms, () -> "six learners, each under one pseudonym: " + statements.stream().map(s -> XapiStatementsTest.name(s) + " " + XapiStatementsTest.verb(s) + " " + s.getString("timestamp") + " " + s.getJsonObject("context")).toList());
        statements.forEach(s -> XapiStatementsTest.assertValid(s, Server.url("/xapi")));
        assertEquals(5, statements.stream().filter(s -> XapiStatementsTest.verb(s).equals("completed")).count());
        List<JsonObject> attended = statements.stream().filter(s -> XapiStatementsTest.verb(s).equals("attended")).toList();
        assertEquals(5, attended.size(), "the five present who agreed: not the absent one, nor the one who did not agree");
        String sessionActivity = Server.url("/xapi/sessions/") + session.replaceAll(".*id=", "");
        attended.forEach(s -> assertEquals(sessionActivity, s.getJsonObject("object").getString("id")));
        attended.forEach(s -> assertEquals("en", s.getJsonObject("context").getString("language")));
        attended.forEach(s -> assertTrue(s.getJsonObject("context").getJsonObject("extensions").toString()
                .contains("/sites/" + site), "the session's site"));
        List<String> oldestFirst = new ArrayList<>(pagesOf(dimitra, "/api/xapi/statements?limit=4&ascending=true&since="
                + began + "&until=" + ended).stream().map(s -> s.getString("id")).toList());
        java.util.Collections.reverse(oldestFirst);
        assertEquals(statements.stream().map(s -> s.getString("id")).toList(), oldestFirst,
                "pages of four, oldest first, are the newest-first answer backwards");
        String file = dimitra.get("/reports/statements.json?from=" + today.minusDays(1) + "&to=" + today.plusDays(1)).body();
        Json.createReader(new StringReader(file)).readArray().getValuesAs(JsonObject.class)
                .forEach(s -> XapiStatementsTest.assertValid(s, Server.url("/xapi")));
        attended.forEach(s -> assertTrue(file.contains(s.getString("id")), "the sessions attended are in the file"));

        // Malmö's coordinator: none of it, whatever she asks for.
        assertEquals(0, statements(johan, began, ended).size(), "no statement of another organisation");
        for (String address : List.of("/reports/export?kind=TABLE&by=SITE&format=csv&" + filter,
                "/reports/export?kind=TABLE&by=SITE&format=csv&site=" + site,
                "/reports/table.xhtml?by=SITE&site=" + site, "/reports/index.xhtml?site=" + site,
                "/reports/compare.xhtml?organisation=" + thessaloniki, "/reports/feedback.xhtml?site=" + site + "&module=" + MODULE)) {
            HttpResponse<String> refused = johan.get(address);
            assertTrue(refused.statusCode() == 403 || refused.statusCode() == 400 && !refused.body().contains(SITE),
                    address + " answered " + refused.statusCode());
            assertFalse(refused.body().contains(SITE), address);
        }
        String johans = new String(johan.download("/reports/export?kind=TABLE&by=SITE&format=csv&from=" + today.minusDays(1)
                + "&to=" + today.plusDays(1)).body(), StandardCharsets.UTF_8);
        assertFalse(johans.contains(SITE) || johans.contains("Thessaloniki"), "only Malmö's own sites");
        String johansFile = johan.get("/reports/statements.json?from=" + today.minusDays(1) + "&to=" + today.plusDays(1)).body();
        statements(dimitra, began, ended).forEach(s -> assertFalse(johansFile.contains(s.getString("id")),
                "a statement of Thessaloniki in Malmö's file"));

        // Once the events are older than the rollup's settling time, they are read from the learning days: the same figures.
        // (the test server's settling time, shorter than the 2 minutes of ReportRollup.SETTLE: see pom.xml)
        Duration settle = Duration.ofSeconds(Long.getLong("gefyra.it.report.settle.seconds", ReportRollup.SETTLE.toSeconds()));
        Duration wait = settle.plusSeconds(5).minus(Duration.between(ended, Instant.now()));
        if (!wait.isNegative()) {
            Thread.sleep(wait.toMillis());
        }
        assertEquals(site1, figures(dimitra, "/reports/export?kind=TABLE&by=SITE&format=csv&" + filter, SITE),
                "the same figures from the learning days");
        assertEquals(module, figures(dimitra, "/reports/export?kind=TABLE&by=MODULE&format=csv&" + filter + "&module="
                + MODULE, TITLE), "the same figures by module from the learning days");

        // Over the month so far (the dashboards' kind of period, read from the prepared rows), then after
        // the educator withdraws one learner's consent on their page: counted nowhere from the next report
        String siteSoFar = "organisation=" + thessaloniki + "&site=" + site + "&from=" + today.withDayOfMonth(1) + "&to=" + today;
        assertEquals("6", figures(dimitra, "/reports/export?kind=TABLE&by=SITE&format=csv&" + siteSoFar, SITE)
                .get("Learners active"), "the month so far");
        HttpResponse<String> withdrawn = eleni.submit(LearnerPages.page(learners.get(0)), "withdraw", "reports", Map.of());
        assertEquals(302, withdrawn.statusCode(), "consent withdrawn");
        assertEquals("5", figures(dimitra, "/reports/export?kind=TABLE&by=SITE&format=csv&" + siteSoFar, SITE)
                .get("Learners active"), "the learner who withdrew is no longer counted");
        assertEquals("5", tiles(dimitra, "/reports/index.xhtml?" + siteSoFar).get("Learners active"), "nor on the dashboard");
    }

    /** Registers a learner at the new site on the educator's page; they agree to be counted, or not. */
    private static long register(Http educator, String name, boolean countedInReports) {
        Map<String, String> fields = new LinkedHashMap<>(LearnerPages.learner(educator, "/educator/learners/new.xhtml",
                "learner", name, SITE));
        if (countedInReports) {
            fields.put("consentReports", "on");
        }
        HttpResponse<String> registered = educator.submit("/educator/learners/new.xhtml", "learner", "register", fields);
        Matcher id = Pattern.compile("edit\\.xhtml\\?id=(\\d+)").matcher(registered.headers().firstValue("Location").orElse(""));
        assertTrue(registered.statusCode() == 302 && id.find(), name + ": " + registered.statusCode());
        String page = educator.get(LearnerPages.page(Long.parseLong(id.group(1)))).body();
        assertEquals(countedInReports, page.contains("id=\"withdraw\""), name + ": the consent as given");
        return Long.parseLong(id.group(1));
    }

    private static Http signIn(String card) {
        Http learner = new Http();
        assertEquals(302, learner.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", card)).statusCode(), card);
        return learner;
    }

    /** The whole module: confidence 3, every step, the first question wrong once, confidence 5, feedback, certificate. */
    private static void learn(String card, String useful, String hard) {
        Http learner = signIn(card);
        rateBefore(learner);
        for (String step : STEPS) {
            pause();
            assertEquals(200, learner.get("/learn/step.xhtml?module=" + MODULE + "&step=" + step).statusCode(), step);
            if (step.equals("hang-up-quiz")) {
                assertTrue(answer(learner, step, "green").contains("feedback-wrong"), "green is wrong");
            }
            if (RIGHT.containsKey(step)) {
                assertTrue(answer(learner, step, RIGHT.get(step)).contains("feedback-right"), step);
            }
        }
        pause();
        HttpResponse<String> finished = learner.post("/learn/finish.xhtml", ReportsIT.form("finish", "rate5",
                Map.of("module", MODULE)));
        assertTrue(finished.headers().firstValue("Location").orElse("").contains("/learn/feedback.xhtml"), () -> card + " "
                + finished.statusCode() + " " + finished.headers().firstValue("Location").orElse("") + " " + finished.body());
        HttpResponse<String> rated = learner.post("/learn/feedback.xhtml", ReportsIT.form("feedback", useful,
                Map.of("module", MODULE)));
        assertTrue(rated.headers().firstValue("Location").orElse("").contains("step=hard"), () -> card + " "
                + rated.statusCode() + " " + rated.headers().firstValue("Location").orElse("") + " " + rated.body());
        Map<String, String> hardForm = new LinkedHashMap<>(ReportsIT.form("feedback", hard == null ? "skipHard" : "send",
                Map.of("module", MODULE, "step", "hard")));
        if (hard != null) {
            hardForm.put("hard", hard);
        }
        HttpResponse<String> sent = learner.post("/learn/feedback.xhtml", hardForm);
        assertTrue(sent.headers().firstValue("Location").orElse("").contains("/learn/certificate.xhtml"), card + " "
                + sent.statusCode() + " " + sent.headers().firstValue("Location").orElse(""));
        assertEquals(200, learner.get("/learn/certificate.xhtml?module=" + MODULE).statusCode());
    }

    /** Starts the module, reads two steps and leaves. */
    private static void stopEarly(String card) {
        Http learner = signIn(card);
        rateBefore(learner);
        for (String step : STEPS.subList(0, 2)) {
            pause();
            assertEquals(200, learner.get("/learn/step.xhtml?module=" + MODULE + "&step=" + step).statusCode(), step);
        }
    }

    /** A learner's moment of reading or thinking: every action then counts some learning time. */
    private static void pause() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static void rateBefore(Http learner) {
        String module = learner.get("/learn/module.xhtml?id=" + MODULE).body();
        assertTrue(module.contains("module:rate3"), "a new learner is asked how sure they feel");
        assertEquals(302, learner.post("/learn/module.xhtml", ReportsIT.form("module", "rate3", Map.of("id", MODULE)))
                .statusCode());
    }

    private static String answer(Http learner, String step, String chosen) {
        return learner.post("/learn/step.xhtml", ReportsIT.form("quiz", "check", Map.of("module", MODULE, "step", step,
                "chosen", chosen))).body();
    }

    /** Plans a session of the module for today at the site, opens it; returns its page. */
    private static String planAndOpen(Http educator, String title, String siteName) {
        String form = educator.get("/educator/session-plan.xhtml").body();
        Map<String, String> plan = new HashMap<>(Map.of("title", title, "date", LocalDate.now().toString(), "start", "00:01",
                "end", "23:59", "capacity", "10", "kind", "DROP_IN"));
        Matcher educatorChosen = Pattern.compile("name=\"plan:educators\"[^>]*value=\"(\\d+)\"[^>]*checked").matcher(form);
        assertTrue(educatorChosen.find());
        plan.put("educators", educatorChosen.group(1));
        plan.put("site", LearnerPages.option(form, "plan:site", siteName));
        plan.put("modules", MODULE);
        HttpResponse<String> planned = educator.submit("/educator/session-plan.xhtml", "plan", "save", plan);
        Matcher id = Pattern.compile("session\\.xhtml\\?id=(\\d+)").matcher(planned.headers().firstValue("Location").orElse(""));
        assertTrue(planned.statusCode() == 302 && id.find(), "planned: " + planned.statusCode());
        String page = "/educator/session.xhtml?id=" + id.group(1);
        assertEquals(302, educator.submit(page, "session", "open", Map.of()).statusCode());
        return page;
    }

    private static String joinCode(String page) {
        Matcher code = Pattern.compile("id=\"join-code\"[^>]*>([^<]+)<").matcher(page);
        assertTrue(code.find(), "an open session shows its code");
        return code.group(1).replace(" ", "");
    }

    private static void mark(Http educator, String session, long learner, String status) {
        HttpResponse<String> marked = educator.submit(session, "add", "mark", Map.of("learner", String.valueOf(learner),
                "status", status));
        assertEquals(302, marked.statusCode(), "marked " + status + ": " + marked.statusCode());
    }

    /** One row of a CSV export, by the headings of its table. */
    private static Map<String, String> figures(Http coordinator, String path, String rowName) {
        HttpResponse<byte[]> answer = coordinator.download(path);
        assertEquals(200, answer.statusCode(), path);
        List<List<String>> rows = ReportExportsTest.parseCsv(new String(answer.body(), StandardCharsets.UTF_8).substring(1));
        List<String> header = null;
        for (List<String> row : rows) {
            if (header == null && row.size() > 2) {
                header = row;
            } else if (header != null && row.get(0).equals(rowName)) {
                Map<String, String> figures = new LinkedHashMap<>();
                for (int i = 1; i < row.size(); i++) {
                    figures.put(header.get(i), row.get(i));
                }
                return figures;
            }
        }
        throw new AssertionError("no row " + rowName + " in " + path + ": " + rows);
    }

    /** One row of the first table of a report page that has it, by its headings. */
    private static Map<String, String> page(Http coordinator, String path, String rowName) {
        HttpResponse<String> answer = coordinator.get(path);
        assertEquals(200, answer.statusCode(), path);
        Matcher tables = Pattern.compile("<table class=\"report-table\".*?</table>", Pattern.DOTALL).matcher(answer.body());
        while (tables.find()) {
            List<String> header = cells(tables.group(), "th scope=\"col\"[^>]*");
            Matcher row = Pattern.compile("<tr>\\s*<th scope=\"row\" class=\"row-name\">" + Pattern.quote(rowName)
                    + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(tables.group());
            if (row.find()) {
                List<String> values = cells(row.group(1), "td[^>]*");
                Map<String, String> figures = new LinkedHashMap<>();
                for (int i = 0; i < values.size(); i++) {
                    figures.put(header.get(i + 1), values.get(i));
                }
                return figures;
            }
        }
        throw new AssertionError("no row " + rowName + " on " + path);
    }

    /** The headline figures of the dashboard, by their names. */
    private static Map<String, String> tiles(Http coordinator, String path) {
        HttpResponse<String> answer = coordinator.get(path);
        assertEquals(200, answer.statusCode(), path);
        Map<String, String> figures = new LinkedHashMap<>();
        Matcher tile = Pattern.compile("<dt>(.*?)</dt>\\s*<dd>(.*?)</dd>", Pattern.DOTALL).matcher(answer.body());
        while (tile.find()) {
            figures.put(tile.group(1).strip(), tile.group(2).strip());
        }
        return figures;
    }

    private static List<String> cells(String html, String tag) {
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<" + tag + ">(.*?)</t[hd]>", Pattern.DOTALL).matcher(html);
        while (cell.find()) {
            cells.add(cell.group(1).strip().replace("&amp;", "&").replace("&ldquo;", "“").replace("&rdquo;", "”")
                    .replace("&ndash;", "–"));
        }
        return cells;
    }

    private static List<JsonObject> statements(Http coordinator, Instant since, Instant until) {
        return pagesOf(coordinator, "/api/xapi/statements?limit=200&since=" + since + "&until=" + until);
    }

    /** The statements of every page, following the more links. */
    private static List<JsonObject> pagesOf(Http coordinator, String first) {
        List<JsonObject> all = new ArrayList<>();
        String next = first;
        while (!next.isEmpty()) {
            HttpResponse<String> answer = coordinator.get(next, VERSION);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject result = Json.createReader(new StringReader(answer.body())).readObject();
            all.addAll(result.getJsonArray("statements").getValuesAs(JsonObject.class));
            next = result.getString("more");
        }
        return all;
    }
}

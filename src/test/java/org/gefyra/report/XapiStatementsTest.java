package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gefyra.learning.Verb;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The learning records as xAPI statements, checked against the rules of xAPI 1.0.3: every required
 * property, UUID ids, IRIs, language maps, ISO 8601 times and durations, scores in range; and
 * against the history: one statement per event of the caller's organisations, pages that add up.
 */
class XapiStatementsTest {

    static final Pattern DURATION = Pattern.compile("^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$");
    static final Pattern IRI = Pattern.compile("^[a-z][a-z0-9+.-]*:[^\\s]+$");
    static final Set<String> ADL = Set.of("initialized", "experienced", "answered", "passed", "interacted", "responded",
            "completed", "attended");

    static ReportWorld world;

    @BeforeAll
    static void setUp() {
        world = ReportWorld.shared();
    }

    static List<JsonObject> all(Caller caller, XapiQuery first) {
        List<JsonObject> statements = new ArrayList<>();
        Optional<XapiQuery> query = Optional.of(first);
        int pages = 0;
        while (query.isPresent()) {
            XapiQuery asked = query.get();
            XapiStatements.Page page = ReportWorld.read(() -> world.statements.page(caller, asked, ReportWorld.BASE));
            assertTrue(page.statements().size() <= asked.limit());
            statements.addAll(page.statements());
            query = page.next();
            assertTrue(++pages < 1000);
        }
        return statements;
    }

    @Test
    void everyEventOfTheHistoryIsOneValidStatement() {
        List<JsonObject> statements = all(world.admin(), new XapiQuery(null, null, 50, true, null));
        assertEquals(world.data.countedEvents().size() + world.data.countedAttendance().size(), statements.size(),
                "the events and sessions attended of the learners who agreed to be counted in anonymous reports");
        assertTrue(world.data.countedAttendance().size() < world.data.attendance.size(), "guests, absences, no consent");
        assertTrue(world.data.countedEvents().size() < world.data.events.size(), "some learners did not agree");
        Set<String> ids = new HashSet<>();
        for (JsonObject statement : statements) {
            assertValid(statement);
            assertTrue(ids.add(statement.getString("id")), "ids are unique");
        }
        assertFalse(statements.toString().contains("Learner 10"), "no learner's name");
    }

    @Test
    void theOldestComeFirstWhenAskedAndTheNewestOtherwise() {
        List<JsonObject> ascending = all(world.admin(), new XapiQuery(null, null, 40, true, null));
        List<JsonObject> descending = all(world.admin(), new XapiQuery(null, null, 0, false, null));
        assertEquals(ascending.get(0).getString("id"), descending.get(descending.size() - 1).getString("id"));
        assertEquals(new HashSet<>(ascending), new HashSet<>(descending));
    }

    @Test
    void idsAndPseudonymsStayTheSame() {
        List<JsonObject> once = all(world.admin(), new XapiQuery(null, null, 500, true, null));
        List<JsonObject> again = all(world.admin(), new XapiQuery(null, null, 500, true, null));
        assertEquals(once, again);
        Map<String, Set<String>> namesPerFirstEvent = new HashMap<>();
        for (JsonObject s : once) {
            namesPerFirstEvent.computeIfAbsent(name(s), k -> new HashSet<>()).add(s.getString("id"));
        }
        assertEquals(world.data.counted().size(), namesPerFirstEvent.size(), "one pseudonym per learner counted");
    }

    @Test
    void aCoordinatorGetsTheirOwnOrganisationsRecordsOnlyAndEducatorsNone() {
        List<JsonObject> turin = all(world.coordinatorOf(world.turin, false), new XapiQuery(null, null, 0, true, null));
        long expected = world.data.countedEvents().stream().filter(e -> world.data.learners.stream()
                .anyMatch(l -> l.id() == e.learnerId() && l.place().organisationId() == world.turin.getId())).count()
                + world.data.countedAttendance().stream()
                        .filter(a -> a.session().place().organisationId() == world.turin.getId()).count();
        assertEquals(expected, turin.size());
        assertTrue(turin.stream().allMatch(s -> s.toString().contains(ReportWorld.BASE + "/organisations/" + world.turin.getId())));
        try {
            ReportWorld.read(() -> world.statements.page(world.educatorOf(world.athens),
                    new XapiQuery(null, null, 10, true, null), ReportWorld.BASE));
            throw new AssertionError("an educator got statements");
        } catch (NotAllowedException refused) {
            // as it should be
        }
    }

    @Test
    void sinceAndUntilChooseTheStoredTimes() {
        List<JsonObject> february = all(world.admin(), new XapiQuery(Instant.parse("2025-02-01T00:00:00Z"),
                Instant.parse("2025-03-01T00:00:00Z"), 100, true, null));
        Instant from = Instant.parse("2025-02-01T00:00:00Z");
        Instant to = Instant.parse("2025-03-01T00:00:00Z");
        long events = world.data.countedEvents().stream().filter(e -> e.at().isAfter(from) && !e.at().isAfter(to)).count();
        long attended = world.data.countedAttendance().stream().map(ReportDataSet::attendedAt)
                .filter(at -> at.isAfter(from) && !at.isAfter(to)).count();
        assertTrue(attended > 0, "sessions in February");
        assertEquals(events, february.stream().filter(s -> !verb(s).equals("attended")).count());
        assertEquals(attended, february.stream().filter(s -> verb(s).equals("attended")).count());
        assertTrue(february.stream().map(XapiStatementsTest::name).distinct().count() >= 6, "the learners of February");
    }

    @Test
    void verbsResultsAndContextFollowWhatHappened() {
        List<JsonObject> statements = all(world.admin(), new XapiQuery(null, null, 500, true, null));
        JsonObject completed = statements.stream().filter(s -> verb(s).equals("completed")).findFirst().orElseThrow();
        assertTrue(completed.getJsonObject("result").getBoolean("completion"));
        assertEquals("PT8M26S", completed.getJsonObject("result").getString("duration"),
                "the first learner's active time to finish: 506 seconds");
        assertEquals(1.0, completed.getJsonObject("result").getJsonObject("score").getJsonNumber("scaled").doubleValue());
        assertEquals(ReportWorld.BASE + "/modules/" + ReportDataSet.BOOK, completed.getJsonObject("object").getString("id"));
        assertEquals("http://adlnet.gov/expapi/activities/module",
                completed.getJsonObject("object").getJsonObject("definition").getString("type"));
        assertEquals("Book a doctor's appointment".isEmpty(), false);

        JsonObject wrong = statements.stream().filter(s -> verb(s).equals("answered")
                && !s.getJsonObject("result").getBoolean("success")).findFirst().orElseThrow();
        assertEquals("wrong", wrong.getJsonObject("result").getString("response"));
        assertEquals(ReportWorld.BASE + "/modules/" + ReportDataSet.BOOK,
                wrong.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent")
                        .getJsonObject(0).getString("id"));

        List<JsonObject> ratings = statements.stream().filter(s -> verb(s).equals("responded")).toList();
        for (JsonObject rating : ratings) {
            JsonObject result = rating.getJsonObject("result");
            int raw = result.getJsonObject("score").getInt("raw");
            assertEquals(String.valueOf(raw), result.getString("response"));
            assertEquals((raw - 1) / 4.0, result.getJsonObject("score").getJsonNumber("scaled").doubleValue());
            assertTrue(rating.getJsonObject("object").getString("id").matches(".*/confidence-(before|after)"));
        }
        assertTrue(ratings.stream().anyMatch(r -> r.getJsonObject("result").getString("response").equals("2")
                && r.getJsonObject("object").getString("id").endsWith("/confidence-before")), "a rating of 2 before");

        assertEquals(world.data.countedEvents().stream().filter(e -> e.verb() == Verb.PRACTISED && Boolean.TRUE.equals(e.goal())).count(),
                statements.stream().filter(s -> verb(s).equals("passed")).count(), "a practice goal reached is passed");
        assertEquals("el", completed.getJsonObject("context").getString("language"));
        assertTrue(completed.getJsonObject("context").getJsonObject("extensions")
                .containsKey(ReportWorld.BASE + "/extensions/site"));
    }

    @Test
    void eachSessionAttendedIsAnAttendedStatementOfTheSessionWithItsSiteAndLanguage() {
        List<JsonObject> statements = all(world.admin(), new XapiQuery(null, null, 500, true, null));
        List<JsonObject> attended = statements.stream().filter(s -> verb(s).equals("attended")).toList();
        assertEquals(world.data.countedAttendance().size(), attended.size());
        Set<String> learners = new HashSet<>();
        statements.stream().filter(s -> !verb(s).equals("attended")).forEach(s -> learners.add(name(s)));
        for (JsonObject s : attended) {
            assertEquals("http://adlnet.gov/expapi/verbs/attended", s.getJsonObject("verb").getString("id"));
            assertTrue(s.getJsonObject("object").getString("id").matches(Pattern.quote(ReportWorld.BASE) + "/sessions/\\d+"));
            assertEquals("http://adlnet.gov/expapi/activities/meeting",
                    s.getJsonObject("object").getJsonObject("definition").getString("type"));
            JsonObject context = s.getJsonObject("context");
            assertTrue(context.getJsonObject("extensions").getString(ReportWorld.BASE + "/extensions/site")
                    .startsWith(ReportWorld.BASE + "/sites/"));
            assertTrue(context.getJsonObject("contextActivities").getJsonArray("grouping").toString()
                    .contains(ReportWorld.BASE + "/organisations/"));
            assertTrue(learners.contains(name(s)), "the same pseudonym as the learner's learning");
        }
        Set<Instant> times = new HashSet<>();
        attended.forEach(s -> times.add(Instant.parse(s.getString("timestamp"))));
        Set<Instant> expected = new HashSet<>();
        world.data.countedAttendance().forEach(a -> expected.add(ReportDataSet.attendedAt(a)));
        assertEquals(expected, times, "at the times they were marked present");
    }

    @Test
    void pagesRunAcrossEventsAndSessionsAttendedInTheOrderOfTheirTimes() {
        List<JsonObject> long1 = all(world.admin(), new XapiQuery(null, null, 500, true, null));
        for (int limit : new int[] {2, 7, 50}) {
            assertEquals(ids(long1), ids(all(world.admin(), new XapiQuery(null, null, limit, true, null))),
                    "pages of " + limit + " are the long page");
        }
        List<JsonObject> newest = all(world.admin(), new XapiQuery(null, null, 7, false, null));
        List<String> reversed = new ArrayList<>(ids(newest));
        java.util.Collections.reverse(reversed);
        assertEquals(ids(long1), reversed, "newest first is the same order backwards");
        Instant last = Instant.MIN;
        for (JsonObject s : long1) {
            Instant stored = Instant.parse(s.getString("stored"));
            assertFalse(stored.isBefore(last), "in the order of their stored times");
            last = stored;
        }
        assertTrue(long1.stream().anyMatch(s -> verb(s).equals("attended")));
    }

    @Test
    void aPageIsWrittenInTheMoreLinkAndReadBackOnly() {
        XapiQuery.Cursor cursor = new XapiQuery.Cursor(Instant.parse("2025-02-03T10:15:30.000123Z"),
                XapiQuery.Cursor.Kind.ATTENDANCE, 42);
        assertEquals(cursor, XapiQuery.Cursor.parse(cursor.toString()));
        XapiQuery.Cursor event = new XapiQuery.Cursor(Instant.parse("1970-01-01T00:00:00Z"), XapiQuery.Cursor.Kind.EVENT, 7);
        assertEquals(event, XapiQuery.Cursor.parse(event.toString()));
        for (String wrong : new String[] {"", "42", "1.5-e1", "1.000000000-x1", "1.000000000-e", "1.000000000-e1; drop"}) {
            try {
                XapiQuery.Cursor.parse(wrong);
                throw new AssertionError("read " + wrong);
            } catch (IllegalArgumentException refused) {
                // as it should be
            }
        }
    }

    private static List<String> ids(List<JsonObject> statements) {
        return statements.stream().map(s -> s.getString("id")).toList();
    }

    @Test
    void theIdOfAStatementIsAUuidDerivedFromItsEvent() {
        UUID id = XapiStatements.statementId(42);
        assertEquals(id, XapiStatements.statementId(42));
        assertNotEquals(id, XapiStatements.statementId(43));
        assertEquals(2, id.variant());
    }

    /** The rules of xAPI 1.0.3 for a statement an LRS returns, with IRIs under the test world's base. */
    static void assertValid(JsonObject s) {
        assertValid(s, ReportWorld.BASE);
    }

    /** The rules of xAPI 1.0.3 for a statement an LRS returns, with IRIs under this base. */
    static void assertValid(JsonObject s, String base) {
        UUID.fromString(s.getString("id"));
        assertTrue(Pattern.matches("[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", s.getString("id")));
        JsonObject actor = s.getJsonObject("actor");
        assertEquals("Agent", actor.getString("objectType"));
        assertEquals(Set.of("objectType", "account"), actor.keySet(), "an account only: no name, mail or phone");
        assertEquals(base, actor.getJsonObject("account").getString("homePage"));
        assertTrue(actor.getJsonObject("account").getString("name").matches("learner-[0-9a-f]{32}"));
        JsonObject verb = s.getJsonObject("verb");
        assertTrue(IRI.matcher(verb.getString("id")).matches());
        assertTrue(verb.getString("id").startsWith("http://adlnet.gov/expapi/verbs/"));
        assertTrue(ADL.contains(verb(s)), verb(s));
        assertLanguageMap(verb.getJsonObject("display"));
        JsonObject object = s.getJsonObject("object");
        assertEquals("Activity", object.getString("objectType"));
        assertTrue(object.getString("id").startsWith(base + (verb(s).equals("attended") ? "/sessions/" : "/modules/")),
                object.getString("id"));
        if (object.containsKey("definition")) {
            JsonObject definition = object.getJsonObject("definition");
            assertTrue(IRI.matcher(definition.getString("type")).matches());
            if (definition.containsKey("name")) {
                assertLanguageMap(definition.getJsonObject("name"));
            }
            if (definition.containsKey("interactionType")) {
                assertTrue(Set.of("choice", "likert").contains(definition.getString("interactionType")));
            }
        }
        if (s.containsKey("result")) {
            JsonObject result = s.getJsonObject("result");
            if (result.containsKey("duration")) {
                assertTrue(DURATION.matcher(result.getString("duration")).matches(), result.getString("duration"));
            }
            if (result.containsKey("score")) {
                JsonObject score = result.getJsonObject("score");
                if (score.containsKey("scaled")) {
                    double scaled = score.getJsonNumber("scaled").doubleValue();
                    assertTrue(scaled >= -1 && scaled <= 1);
                }
                if (score.containsKey("raw")) {
                    assertTrue(score.getInt("raw") >= score.getInt("min") && score.getInt("raw") <= score.getInt("max"));
                }
            }
            if (result.containsKey("success")) {
                assertTrue(result.get("success") == JsonValue.TRUE || result.get("success") == JsonValue.FALSE);
            }
        }
        JsonObject context = s.getJsonObject("context");
        assertTrue(context.getString("language").matches("[a-z]{2,3}(-[A-Za-z0-9]+)*"));
        Instant.parse(s.getString("timestamp"));
        Instant.parse(s.getString("stored"));
        assertEquals(XapiStatements.VERSION, s.getString("version"));
    }

    static void assertLanguageMap(JsonObject map) {
        assertFalse(map.isEmpty());
        map.forEach((tag, value) -> {
            assertTrue(tag.matches("[a-z]{2,3}(-[A-Za-z0-9]+)*"), tag);
            assertTrue(value instanceof JsonString);
        });
    }

    static String verb(JsonObject s) {
        String id = s.getJsonObject("verb").getString("id");
        return id.substring(id.lastIndexOf('/') + 1);
    }

    static String name(JsonObject s) {
        return s.getJsonObject("actor").getJsonObject("account").getString("name");
    }
}

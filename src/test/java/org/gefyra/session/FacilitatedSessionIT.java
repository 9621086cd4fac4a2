package org.gefyra.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A session over HTTP, as people of two organisations would try it: Eleni of Thessaloniki plans
 * and opens one; Sara of Malmö can neither see nor change it, nor read a Thessaloniki learner's
 * history; a Malmö learner cannot join it with its code. Every form refuses bad input with a
 * message and stores nothing, and opening, joining and closing twice is the same as once.
 */
class FacilitatedSessionIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    static Http eleni;
    static Http sara;
    static String id;
    static String code;

    @BeforeAll
    static void eleniOpensASession() {
        eleni = new Http();
        eleni.signIn("eleni", Server.DEMO_PASSWORD);
        sara = new Http();
        sara.signIn("sara", Server.DEMO_PASSWORD);
        HttpResponse<String> planned = eleni.submit("/educator/session-plan.xhtml", "plan", "save", plan("IT session " + RUN));
        assertEquals(302, planned.statusCode(), planned.body());
        Matcher location = Pattern.compile("session\\.xhtml\\?id=(\\d+)").matcher(planned.headers().firstValue("Location").orElse(""));
        assertTrue(location.find(), "planning leads to the session's page");
        id = location.group(1);
        assertEquals(302, eleni.submit(page(), "session", "open", Map.of()).statusCode());
        code = joinCode(eleni.get(page()).body());
    }

    static Map<String, String> plan(String title) {
        Map<String, String> plan = new HashMap<>(Map.of("title", title, "date", LocalDate.now().toString(), "start", "00:01",
                "end", "23:59", "capacity", "10", "kind", "DROP_IN"));
        String form = eleni.get("/educator/session-plan.xhtml").body();
        Matcher educator = Pattern.compile("name=\"plan:educators\"[^>]*value=\"(\\d+)\"[^>]*checked").matcher(form);
        assertTrue(educator.find(), "the educator planning is chosen to run it");
        plan.put("educators", educator.group(1));
        // A browser always sends a list's choice; this client sends only what it is given.
        Matcher site = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Central Library<").matcher(form);
        assertTrue(site.find(), "the educator's organisation's sites to choose from");
        plan.put("site", site.group(1));
        return plan;
    }

    static String page() {
        return "/educator/session.xhtml?id=" + id;
    }

    static String joinCode(String page) {
        Matcher code = Pattern.compile("id=\"join-code\"[^>]*>([^<]+)<").matcher(page);
        assertTrue(code.find(), "an open session shows its code");
        return code.group(1).replace(" ", "");
    }

    @Test
    void anEducatorOfAnotherOrganisationCanNeitherSeeNorChangeTheSession() {
        for (String other : new String[] {page(), "/educator/session-screen.xhtml?id=" + id,
            "/educator/session-plan.xhtml?id=" + id, "/educator/learner-history.xhtml?id=1", "/educator/site.xhtml?id=1"}) {
            HttpResponse<String> refused = sara.get(other);
            assertEquals(403, refused.statusCode(), other);
            assertFalse(refused.body().contains("IT session " + RUN), other);
        }
        // Sara cannot open the pages, so she sends Eleni's forms: their state is not in her session.
        for (String button : new String[] {"close", "open"}) {
            assertRefused(sara.send(eleni.form(page(), "session"), button, Map.of()), button);
        }
        assertRefused(sara.send(eleni.form(page(), "sessionNotes"), "save", Map.of("notes", "Sara was here " + RUN)),
                "notes");
        assertRefused(sara.send(eleni.form("/educator/learner-history.xhtml?id=1", "noteForm"), "add",
                Map.of("note", "Sara was here " + RUN)), "a note");
        String seen = eleni.get(page()).body();
        assertTrue(seen.contains("Open now") && !seen.contains("Sara was here"), "nothing changed");
        assertFalse(eleni.get("/educator/learner-history.xhtml?id=1").body().contains("Sara was here"));
        assertFalse(sara.get("/educator/sessions.xhtml").body().contains("IT session " + RUN), "not in Sara's list");
    }

    /** Not allowed, or the page of a form that has expired: either way nothing was done. */
    private static void assertRefused(HttpResponse<String> response, String what) {
        assertTrue(response.statusCode() == 403 || response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").contains("/error/expired.xhtml"),
                what + " answered " + response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void aLearnerOfAnotherOrganisationCannotJoinWithTheCode() {
        Http fatima = learner("DEM2-FATM");
        HttpResponse<String> refused = fatima.submit("/learn/join.xhtml", "join", "submit", Map.of("code", code));
        assertTrue(refused.body().contains("We do not know this code"), refused.body());
        assertFalse(eleni.get(page()).body().contains("Fatima"));
    }

    @Test
    void joiningTwiceIsJoiningOnceAndAGuestIsNumbered() {
        Http anna = learner("DEM2-ANNA");
        Http.Form join = anna.form("/learn/join.xhtml", "join");
        assertTrue(anna.send(join, "submit", Map.of("code", code)).body().contains("id=\"joined\""));
        assertTrue(anna.send(join, "submit", Map.of("code", code)).body().contains("id=\"joined\""), "a double tap");
        Http guest = new Http();
        guest.submit("/kiosk/start.xhtml", "guest", "try", Map.of());
        assertTrue(guest.submit("/learn/join.xhtml", "join", "submit", Map.of("code", code)).body().contains("id=\"joined\""));
        assertTrue(anna.get("/learn/index.xhtml").body().contains("id=\"in-session\""), "the learner's page says where they are");
        String page = eleni.get(page()).body();
        String list = page.substring(page.indexOf("<form id=\"attendance\""));
        list = list.substring(0, list.indexOf("</form>"));
        assertEquals(1, Pattern.compile(">Anna</a>").matcher(list).results().count(), "Anna is on the list once");
        assertTrue(list.contains("Guest 1"), "the guest is on the list");
    }

    @Test
    void openingTwiceKeepsTheCode() {
        Http.Form form = eleni.form(page(), "session");
        HttpResponse<String> again = eleni.send(form, "open", Map.of());
        assertTrue(again.statusCode() == 200 || again.statusCode() == 302, "the button is gone; the form is refused kindly");
        assertEquals(code, joinCode(eleni.get(page()).body()));
    }

    @Test
    void everyFormRefusesBadInputWithAMessageAndStoresNothing() {
        Map<String, String> noTitle = plan(" ");
        assertTrue(eleni.submit("/educator/session-plan.xhtml", "plan", "save", noTitle).body().contains("Please fill this in."));
        Map<String, String> backwards = plan("Backwards " + RUN);
        backwards.put("end", "00:00");
        assertTrue(eleni.submit("/educator/session-plan.xhtml", "plan", "save", backwards).body()
                .contains("The end must be after the start."));
        Map<String, String> noPlaces = plan("No places " + RUN);
        noPlaces.put("capacity", "many");
        assertTrue(eleni.submit("/educator/session-plan.xhtml", "plan", "save", noPlaces).body()
                .contains("Please write a number of places from 1 to 200."));
        Map<String, String> badDate = plan("Bad date " + RUN);
        badDate.put("date", "2026-13-45");
        assertTrue(eleni.submit("/educator/session-plan.xhtml", "plan", "save", badDate).body().contains("Please choose a date."));
        Map<String, String> past = plan("Past " + RUN);
        past.put("date", LocalDate.now().minusDays(3).toString());
        assertTrue(eleni.submit("/educator/session-plan.xhtml", "plan", "save", past).body().contains("This day is over."));
        String sessions = eleni.get("/educator/sessions.xhtml").body();
        for (String title : new String[] {"Backwards", "No places", "Bad date", "Past"}) {
            assertFalse(sessions.contains(title + " " + RUN), title + " was not stored");
        }

        HttpResponse<String> noConsent = eleni.submit(page(), "walkIn", "register",
                Map.of("displayName", "Nobody " + RUN, "language", "en", "picture", "SUN", "pin", "1111"));
        assertTrue(noConsent.body().contains("The learner must agree before we keep their data."), noConsent.body());
        HttpResponse<String> badPin = eleni.submit(page(), "walkIn", "register",
                Map.of("displayName", "Nobody " + RUN, "language", "en", "picture", "SUN", "pin", "12", "consentProgress", "true"));
        assertTrue(badPin.body().contains("A PIN is 4 digits."), badPin.body());
        assertFalse(eleni.get(page()).body().contains("Nobody " + RUN), "no learner was registered");

        assertTrue(eleni.submit(page(), "sessionNotes", "save", Map.of("notes", "x".repeat(4001))).body()
                .contains("This is too long."));
        assertTrue(eleni.submit("/educator/learner-history.xhtml?id=1", "noteForm", "add", Map.of("note", "   ")).body()
                .contains("Please fill this in."));
        assertTrue(eleni.submit("/educator/site.xhtml?id=1", "site", "save",
                Map.of("accessibilityNote", "x".repeat(301))).body().contains("This is too long."));
        assertTrue(eleni.submit(page(), "add", "mark", Map.of()).body().contains("Please choose a learner."));

        Http maria = learner("DEM2-MARA");
        HttpResponse<String> nonsense = maria.submit("/learn/join.xhtml", "join", "submit", Map.of("code", "!!!"));
        assertTrue(nonsense.body().contains("We do not know this code"), nonsense.body());
        assertFalse(maria.get("/learn/index.xhtml").body().contains("id=\"in-session\""));
    }

    @Test
    void thePublicPageOfPlacesToGetHelpKeepsNoSessionInEveryLanguage() {
        for (String language : new String[] {"en", "el", "it", "sv", "ar"}) {
            Http visitor = new Http();
            HttpResponse<String> help = visitor.get("/help?lang=" + language);
            assertEquals(200, help.statusCode(), language);
            assertTrue(help.body().contains("lang=\"" + language + "\""), language);
            assertTrue(help.body().contains("Malmö Town Hall") && help.body().contains("class=\"open-session\""),
                    "the demo's places and coming sessions, in " + language);
            assertFalse(visitor.hasSession(), "no session for a visitor of /help in " + language);
        }
        Http visitor = new Http();
        String malmo = visitor.get("/help?town=Malm%C3%B6&spoken=ti&lang=en").body();
        assertTrue(malmo.contains("Malmö Town Hall") && !malmo.contains("Central Library"), "filtered by town and language");
        assertFalse(malmo.contains("Maria") || malmo.contains("Fatima"), "nothing about learners");
        assertFalse(visitor.hasSession());
        assertTrue(visitor.get("/?lang=en").body().contains("href=\"/help\""), "the start page leads there");
        assertTrue(visitor.get("/kiosk/start.xhtml").body().contains("href=\"/help\""), "so does the kiosk's");
        assertFalse(visitor.hasSession());
    }

    @Test
    void closingTwiceIsClosingOnceAndTheSummaryStays() {
        Http.Form form = eleni.form("/educator/session-plan.xhtml", "plan");
        HttpResponse<String> planned = eleni.send(form, "save", plan("Closing " + RUN));
        String other = planned.headers().firstValue("Location").orElseThrow().replaceAll(".*id=", "");
        String otherPage = "/educator/session.xhtml?id=" + other;
        eleni.submit(otherPage, "session", "open", Map.of());
        Http.Form closing = eleni.form(otherPage, "session");
        assertEquals(302, eleni.send(closing, "close", Map.of()).statusCode());
        HttpResponse<String> again = eleni.send(closing, "close", Map.of());
        assertTrue(again.statusCode() == 200 || again.statusCode() == 302, "a second tap is answered kindly: " + again.statusCode());
        String closed = eleni.get(otherPage).body();
        assertTrue(closed.contains("id=\"summary-attendees\">0<"), "the summary of an empty session");
        assertEquals(1, Pattern.compile("id=\"summary\"").matcher(closed).results().count());
    }

    private static Http learner(String card) {
        Http learner = new Http();
        HttpResponse<String> signedIn = learner.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", card));
        assertEquals(302, signedIn.statusCode(), card);
        return learner;
    }
}

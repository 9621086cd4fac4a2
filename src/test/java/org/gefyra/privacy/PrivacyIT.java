package org.gefyra.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Map;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.gefyra.it.Who;
import org.gefyra.learner.LearnerPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Export and erasure over HTTP: the learner's own organisation's educator downloads their record
 * and erases them; an educator of another organisation, a coordinator, a learner and nobody
 * signed in are refused; an erased learner's card stops working and they are found nowhere;
 * the administrator's audit log shows who did it.
 */
class PrivacyIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static Http eleni;
    private static Http sara;

    @BeforeAll
    static void signIn() {
        eleni = new Http();
        assertEquals(302, eleni.signIn("eleni", Server.DEMO_PASSWORD).statusCode());
        sara = new Http();
        assertEquals(302, sara.signIn("sara", Server.DEMO_PASSWORD).statusCode());
    }

    @Test
    void theLearnersEducatorDownloadsTheirRecordAndNoOneElseCan() {
        long id = LearnerPages.register(eleni, "Export " + RUN, "Central Library");
        HttpResponse<String> json = eleni.get("/educator/learners/record?id=" + id + "&format=json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        JsonObject record = Json.createReader(new StringReader(json.body())).readObject();
        assertEquals("Export " + RUN, record.getJsonObject("learner").getString("name"));
        assertTrue(record.containsKey("events") && record.containsKey("notes") && record.containsKey("attendance"));

        HttpResponse<String> pdf = eleni.get("/educator/learners/record?id=" + id);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF"));

        for (String path : new String[] {"/educator/learners/record?id=" + id, "/educator/learners/record?id=" + id + "&format=json"}) {
            assertEquals(403, sara.get(path).statusCode(), "an educator of another organisation");
            assertEquals(403, Who.COORDINATOR.signedIn().get(path).statusCode(), "a coordinator");
            assertEquals(403, Who.LEARNER.signedIn().get(path).statusCode(), "a learner");
            HttpResponse<String> anonymous = new Http().get(path);
            assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 401, "nobody signed in: " + anonymous.statusCode());
            assertFalse(anonymous.body().contains("Export " + RUN));
        }
        assertEquals(403, eleni.get("/educator/learners/record?id=not-a-number").statusCode());
        assertEquals(403, eleni.get("/educator/learners/record?id=999999999").statusCode());

        String audit = Who.ADMIN.signedIn().get("/admin/audit.xhtml?learner=" + id).body();
        assertTrue(audit.contains("Exported") && audit.contains(">json<") && audit.contains(">pdf<"), "both exports are in the log");
    }

    @Test
    void erasureAsksToBeSureThenDeletesTheLearnerWhoseCardStopsWorking() {
        long id = LearnerPages.register(eleni, "Erase " + RUN, "Central Library");
        String code = LearnerPages.newCard(eleni, id);
        String page = LearnerPages.page(id);
        assertEquals(302, new Http().submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", code)).statusCode());

        assertEquals(403, sara.get(page).statusCode());
        HttpResponse<String> notSure = eleni.submit(page, "erase", "erase", Map.of());
        assertEquals(200, notSure.statusCode());
        assertTrue(notSure.body().contains("Tick the box"), "asked to be sure, nothing erased");
        assertEquals(200, eleni.get(page).statusCode());

        Http.Form form = eleni.form(page, "erase");
        HttpResponse<String> erased = eleni.send(form, "erase", Map.of("sure", "on"));
        assertEquals(302, erased.statusCode());
        assertTrue(eleni.get(erased.headers().firstValue("Location").orElseThrow()).body().contains("The learner is erased"));
        HttpResponse<String> again = eleni.send(form, "erase", Map.of("sure", "on"));
        assertTrue(again.statusCode() == 302 || again.statusCode() == 403, "a second submit changes nothing: " + again.statusCode());

        assertEquals(403, eleni.get(page).statusCode(), "the learner's page is gone");
        assertEquals(403, eleni.get("/educator/learners/record?id=" + id).statusCode(), "nothing left to export");
        assertFalse(eleni.get("/educator/learners/index.xhtml?off=true").body().contains("Erase " + RUN));
        assertFalse(eleni.get("/educator/learners/index.xhtml").body().contains("Erase " + RUN), "found nowhere");
        HttpResponse<String> card = new Http().submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", code));
        assertEquals(200, card.statusCode(), "the card no longer signs in");

        String audit = Who.ADMIN.signedIn().get("/admin/audit.xhtml?learner=" + id).body();
        assertTrue(audit.contains("Erased") && audit.contains("Viewed"), "the log tells who viewed and erased them");
        assertFalse(audit.contains("Erase " + RUN), "but not their name");
    }
}

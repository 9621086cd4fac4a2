package org.gefyra.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.gefyra.it.Who;
import org.junit.jupiter.api.Test;

/**
 * Another website cannot make a visitor's browser change anything in Gefyra: a form or call that
 * a browser says comes from elsewhere ({@code Sec-Fetch-Site}, else {@code Origin}) is refused with
 * a page that says why, in the visitor's language, and changes nothing. The same request from
 * Gefyra's own pages, or from a program that sends neither header, works. The API takes changes
 * only as JSON or with the header {@code X-Requested-By}, which no HTML form can send.
 */
class CrossSiteRequestIT {

    private static final String SELF = Server.url("");
    private static final Map<String, String> EVIL = Map.of("Origin", "https://evil.example");
    private static final String RELOAD = "/api/admin/content/reload";

    @Test
    void aLearnersCardSignInSentFromAnotherSiteIsRefusedAndSignsNobodyIn() {
        for (Map<String, String> elsewhere : List.of(EVIL, Map.of("Origin", "null"),
                Map.of("Sec-Fetch-Site", "cross-site", "Origin", SELF), Map.of("Sec-Fetch-Site", "same-site"))) {
            Http visitor = new Http();
            HttpResponse<String> refused = signInWithCard(visitor, elsewhere);
            assertEquals(403, refused.statusCode(), "from " + elsewhere);
            assertTrue(refused.body().contains("This form came from another website"), refused.body());
            assertNoStackTrace(refused);
            assertFalse(visitor.hasSession(), "a refused request makes no session: " + elsewhere);
            assertEquals(302, visitor.get("/learn/index.xhtml").statusCode(), "nobody is signed in");
        }
    }

    @Test
    void theSameSignInFromGefyraItselfOrFromAProgramWorks() {
        for (Map<String, String> here : List.of(Map.of("Origin", SELF), Map.of("Sec-Fetch-Site", "same-origin"),
                Map.of("Sec-Fetch-Site", "same-origin", "Origin", SELF), Map.<String, String>of())) {
            Http visitor = new Http();
            HttpResponse<String> signedIn = signInWithCard(visitor, here);
            assertEquals(302, signedIn.statusCode(), "from " + here);
            assertTrue(signedIn.headers().firstValue("Location").orElse("").contains("/learn/index.xhtml"), "from " + here);
            assertEquals(200, visitor.get("/learn/index.xhtml").statusCode(), "signed in from " + here);
        }
    }

    @Test
    void theRefusalSpeaksTheVisitorsLanguage() {
        Http visitor = new Http().language("el");
        HttpResponse<String> refused = signInWithCard(visitor, EVIL);
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Αυτή η φόρμα ήρθε από άλλον ιστότοπο"), refused.body());
    }

    @Test
    void anAdministratorsFormSentFromAnotherSiteChangesNothing() {
        Http admin = Who.ADMIN.signedIn();
        String name = "Cross-site network " + System.nanoTime();
        Http.Form form = admin.form("/admin/organisations.xhtml", "network");
        HttpResponse<String> refused = admin.send(form, "add", Map.of("name", name), EVIL);
        assertEquals(403, refused.statusCode());
        assertNoStackTrace(refused);
        assertFalse(admin.get("/admin/organisations.xhtml").body().contains(name), "the network was added");
        HttpResponse<String> added = admin.submit("/admin/organisations.xhtml", "network", "add", Map.of("name", name));
        assertTrue(added.statusCode() == 200 || added.statusCode() == 302, "from Gefyra's own page: " + added.statusCode());
        assertTrue(admin.get("/admin/organisations.xhtml").body().contains(name), "the network from Gefyra's own page");
    }

    @Test
    void signingOutFromAnotherSiteIsRefused() {
        Http learner = Who.LEARNER.signedIn();
        assertEquals(403, learner.post("/sign-out", Map.of(), EVIL).statusCode());
        assertEquals(200, learner.get("/learn/index.xhtml").statusCode(), "still signed in");
    }

    @Test
    void theApiTakesChangesOnlyAsJsonOrWithItsHeaderAndNeverFromAnotherSite() {
        String admin = Http.basicAuthorization("admin", Server.adminPassword());
        HttpResponse<String> asAForm = new Http().send("POST", RELOAD,
                Map.of("Authorization", admin, "Content-Type", "application/x-www-form-urlencoded"), "a=b");
        assertEquals(403, asAForm.statusCode(), "a cross-site HTML form sends this, without Origin in old browsers");
        assertTrue(asAForm.body().contains("X-Requested-By"), asAForm.body());
        assertEquals("application/json", asAForm.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", ""));
        assertEquals(403, new Http().send("POST", RELOAD,
                Map.of("Authorization", admin, "Content-Type", "text/plain"), "{}").statusCode());
        assertEquals(403, new Http().send("POST", RELOAD,
                Map.of("Authorization", admin, "Content-Type", "application/json", "Origin", "https://evil.example"), "{}")
                .statusCode(), "JSON from another site");
        assertEquals(403, new Http().send("POST", RELOAD,
                Map.of("Authorization", admin, "X-Requested-By", "x", "Sec-Fetch-Site", "cross-site"), null)
                .statusCode(), "the header from another site");

        assertEquals(200, new Http().send("POST", RELOAD,
                Map.of("Authorization", admin, "X-Requested-By", "a script"), null).statusCode(), "a program with the header");
        assertEquals(200, new Http().send("POST", RELOAD,
                Map.of("Authorization", admin, "Content-Type", "application/json", "Origin", SELF), "{}").statusCode(),
                "JSON from Gefyra's own page");
        assertEquals(200, new Http().get("/api/admin/content", "admin", Server.adminPassword()).statusCode(),
                "reading needs neither");
    }

    private static HttpResponse<String> signInWithCard(Http visitor, Map<String, String> headers) {
        return visitor.send(visitor.form("/kiosk/card.xhtml", "card"), "submit", Map.of("code", "DEM2-ANNA"), headers);
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertFalse(response.body().contains("Exception") || response.body().contains("at org."), response.body());
    }
}

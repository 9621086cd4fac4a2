package org.gefyra.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;

/**
 * A kiosk is shared: people walk away without signing out and the next one signs in over their
 * session, or the same person taps "try" twice. Every pair of sign-ins ends the old session
 * cleanly and starts a new one; no page of the device ever answers with an error for it.
 */
class SignInOverSessionIT {

    private static final Consumer<Http> GUEST = http -> assertEquals(302,
            http.submit("/kiosk/start.xhtml", "guest", "try", Map.of()).statusCode());
    private static final Consumer<Http> ELENI_CARD = card("DEM2-ELEN");
    private static final Consumer<Http> ANNA_CARD = card("DEM2-ANNA");
    private static final Consumer<Http> EDUCATOR = http -> assertEquals(302,
            http.signIn("nikos", Server.DEMO_PASSWORD).statusCode());

    @Test
    void guestThenGuest() {
        Http device = new Http();
        GUEST.accept(device);
        device.get("/kiosk/index.xhtml");
        GUEST.accept(device);
        assertLearnerPagesWork(device, "guest");
    }

    @Test
    void guestThenLearner() {
        Http device = new Http();
        GUEST.accept(device);
        ELENI_CARD.accept(device);
        assertLearnerPagesWork(device, "Eleni");
    }

    @Test
    void learnerThenAnotherLearner() {
        Http device = new Http();
        ELENI_CARD.accept(device);
        ANNA_CARD.accept(device);
        HttpResponse<String> home = assertLearnerPagesWork(device, "Anna");
        assertFalse(home.body().contains("Eleni"), "the next learner sees nothing of the previous one");
    }

    @Test
    void learnerThenStaff() {
        Http device = new Http();
        ELENI_CARD.accept(device);
        EDUCATOR.accept(device);
        assertEquals(200, device.get("/educator/index.xhtml").statusCode());
        assertEquals(403, device.get("/learn/index.xhtml").statusCode(), "the learner is no longer signed in");
        assertNoErrorAnywhere(device);
    }

    @Test
    void staffThenLearner() {
        Http device = new Http();
        EDUCATOR.accept(device);
        ELENI_CARD.accept(device);
        assertLearnerPagesWork(device, "Eleni");
        assertEquals(302, device.get("/educator/index.xhtml").statusCode(), "the educator is no longer signed in");
    }

    @Test
    void theSameLearnerTwice() {
        Http device = new Http();
        ELENI_CARD.accept(device);
        ELENI_CARD.accept(device);
        assertLearnerPagesWork(device, "Eleni");
    }

    @Test
    void everyPageSaysWhenItShowsDemoData() {
        assertTrue(new Http().get("/kiosk/index.xhtml").body().contains("class=\"demo-notice\""));
        assertTrue(new Http().get("/sign-in.xhtml").body().contains("class=\"demo-notice\""));
    }

    @Test
    void pagesOfSignedInPeopleAndTheApiAreNeverKeptByTheBrowser() {
        Http device = new Http();
        ELENI_CARD.accept(device);
        assertEquals("no-store", device.get("/learn/index.xhtml").headers().firstValue("Cache-Control").orElse(""));
        assertEquals("no-store", new Http().get("/api/modules").headers().firstValue("Cache-Control").orElse(""));
        Http educator = new Http();
        EDUCATOR.accept(educator);
        assertEquals("no-store", educator.get("/educator/index.xhtml").headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void aBogusAuthorizationHeaderOnAPublicAddressIsIgnored() {
        HttpResponse<String> modules = new Http().get("/api/modules", "nobody", "wrong");
        assertEquals(200, modules.statusCode());
    }

    @Test
    void languageLinksStayOnThisHostWhateverThePath() {
        HttpResponse<String> page = new Http().get(Server.url("//other.example/x"));
        assertFalse(page.body().contains("href=\"//other.example"), "a language link leads to another host");
    }

    private static HttpResponse<String> assertLearnerPagesWork(Http device, String name) {
        HttpResponse<String> home = device.get("/learn/index.xhtml");
        assertEquals(200, home.statusCode());
        if (!"guest".equals(name)) {
            assertTrue(home.body().contains(name), "signed in as " + name);
        }
        assertNoErrorAnywhere(device);
        return home;
    }

    private static void assertNoErrorAnywhere(Http device) {
        for (String page : List.of("/", "/kiosk/index.xhtml", "/kiosk/start.xhtml", "/learn/index.xhtml",
                "/learn/module.xhtml?id=benefits-form", "/educator/index.xhtml")) {
            int status = device.get(page).statusCode();
            assertTrue(status == 200 || status == 302 || status == 403, page + " answered " + status);
        }
        assertEquals(302, device.post("/sign-out", Map.of()).statusCode());
        assertEquals(200, device.get("/kiosk/index.xhtml").statusCode());
    }

    private static Consumer<Http> card(String code) {
        return http -> assertEquals(302, http.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", code))
                .statusCode(), "signing in with " + code);
    }
}

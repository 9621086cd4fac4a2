package org.gefyra.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;

/** Nobody gets an HTTP session before signing in; signing in starts a fresh one; signing out ends it. */
class SessionIT {

    @Test
    void anonymousVisitorsNeverGetASession() {
        Http visitor = new Http();
        for (String page : List.of("/", "/?lang=el", "/sign-in.xhtml", "/kiosk/index.xhtml", "/kiosk/start.xhtml",
                "/kiosk/card.xhtml", "/kiosk/names.xhtml", "/kiosk/pin.xhtml?learner=1", "/api/modules",
                "/nope.xhtml", "/admin/index.xhtml", "/learn/index.xhtml", "/error/expired.xhtml")) {
            visitor.get(page);
            assertFalse(visitor.hasSession(), page + " created an HTTP session for an anonymous visitor");
        }
        HttpResponse<String> unknownCard = visitor.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "WRNG-CODE"));
        assertRefused(unknownCard);
        HttpResponse<String> wrongPassword = visitor.signIn("admin", "not the password");
        assertRefused(wrongPassword);
        assertFalse(visitor.hasSession(), "a failed sign-in created an HTTP session");
    }

    @Test
    void signingInStartsAFreshSessionAndSigningOutEndsIt() {
        Http educator = new Http();
        HttpResponse<String> signedIn = educator.signIn("eleni", Server.DEMO_PASSWORD);
        assertEquals(302, signedIn.statusCode());
        String first = sessionCookie(signedIn);
        assertNotEquals("", first, "signing in starts a session");
        assertEquals(200, educator.get("/educator/index.xhtml").statusCode());

        HttpResponse<String> again = educator.signIn("eleni", Server.DEMO_PASSWORD);
        assertEquals(302, again.statusCode(), "signing in over a live session works");
        assertNotEquals("", sessionCookie(again), "signing in again starts a session");
        assertNotEquals(first, sessionCookie(again), "signing in again must not keep the old session id");
        assertEquals(200, educator.get("/educator/index.xhtml").statusCode(), "signed in on the new session");

        HttpResponse<String> signedOut = educator.post("/sign-out", Map.of());
        assertEquals(302, signedOut.statusCode());
        HttpResponse<String> after = educator.get("/educator/index.xhtml");
        assertEquals(302, after.statusCode());
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/sign-in.xhtml"));
    }

    @Test
    void basicAuthenticationOnTheApiCreatesNoSession() {
        Http client = new Http();
        HttpResponse<String> response = client.get("/api/admin/content", "admin", Server.adminPassword());
        assertEquals(200, response.statusCode());
        assertFalse(client.hasSession());
        assertEquals(401, new Http().get("/api/admin/content", "admin", "wrong").statusCode());
    }

    /** Refused on the same page, with a message that says why (in the language chosen above). */
    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), "refused on the same page, not sent elsewhere");
        assertTrue(response.body().contains("class=\"message-error\""), "says why");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElse("");
    }
}

package org.gefyra.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.gefyra.it.Who;
import org.gefyra.kiosk.web.KioskDevice;
import org.gefyra.learner.LearnerPages;
import org.junit.jupiter.api.Test;

/** Someone guesses passwords, PINs and card codes, many at once: the guesses are slowed and counted. */
class GuessingIT {

    private static final String PASSWORD = "a long enough password";

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaits() {
        String username = accountOfItsOwn();
        Http guesser = new Http();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, guesser.signIn(username, "guess-" + i).statusCode());
        }
        HttpResponse<String> right = guesser.signIn(username, PASSWORD);
        assertEquals(200, right.statusCode(), "the right password is refused during the delay");
        assertTrue(right.body().contains("paused"), "a plain message says signing in is paused");
        assertEquals(302, new Http().signIn("johan", Server.DEMO_PASSWORD).statusCode(),
                "other people at the same address still sign in");
    }

    /**
     * A staff account made for this test: the guessed account cannot sign in for a minute, and the
     * demo accounts are what the other tests sign in with.
     */
    private static String accountOfItsOwn() {
        String username = "guessed" + System.currentTimeMillis() % 1_000_000_000L;
        Http admin = Who.ADMIN.signedIn();
        Matcher organisation = Pattern.compile("<select id=\"account:organisationId\"[^>]*>.*?<option value=\"([^\"]+)\"",
                Pattern.DOTALL).matcher(admin.get("/admin/accounts.xhtml").body());
        assertTrue(organisation.find(), "the list of organisations on the accounts page");
        HttpResponse<String> added = admin.submit("/admin/accounts.xhtml", "account", "add", Map.of("username", username,
                "displayName", "Guessed Account", "role", "EDUCATOR", "organisationId", organisation.group(1),
                "password", PASSWORD));
        assertTrue(added.statusCode() == 200 || added.statusCode() == 302, "adding the account answered " + added.statusCode());
        assertEquals(302, new Http().signIn(username, PASSWORD).statusCode(), "the new account signs in");
        return username;
    }

    @Test
    void thirtyWrongPinsAtOnceStillLockTheCardAfterFive() throws Exception {
        Http kiosk = malmoKiosk();
        String pinPage = "/kiosk/pin.xhtml?learner=" + learnerId(kiosk, "Lars");
        Http larsElsewhere = new Http();
        assertEquals(302, larsElsewhere.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "DEM2-LARS"))
                .statusCode());
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            List<Future<HttpResponse<String>>> guesses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String pin = String.format("%04d", 1000 + i);
                guesses.add(pool.submit(() -> kiosk.post("/kiosk/pin.xhtml", pinForm(pinPage, pin))));
            }
            for (Future<HttpResponse<String>> guess : guesses) {
                assertEquals(200, guess.get().statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> right = kiosk.post("/kiosk/pin.xhtml", pinForm(pinPage, "7890"));
        assertEquals(200, right.statusCode(), "the right PIN of a locked card does not sign in");
        assertEquals(302, kiosk.get("/learn/index.xhtml").statusCode());
        assertEquals(302, larsElsewhere.get("/learn/index.xhtml").statusCode(),
                "a learner whose card is locked is signed out at their next request");

        Http educator = new Http();
        educator.signIn("sara", Server.DEMO_PASSWORD);
        String larsPage = LearnerPages.page(LearnerPages.idOf(educator, "Lars"));
        assertTrue(educator.get(larsPage).body().contains("card:unlock"), "the educator sees the locked card");
        HttpResponse<String> unlocked = educator.submit(larsPage, "card", "unlock", Map.of());
        assertTrue(unlocked.statusCode() == 200 || unlocked.statusCode() == 302, "unlocking answered " + unlocked.statusCode());
        HttpResponse<String> signedIn = kiosk.post("/kiosk/pin.xhtml", pinForm(pinPage, "7890"));
        assertEquals(302, signedIn.statusCode(), "after the educator unlocks it, the right PIN signs in: "
                + signedIn.body().replaceAll("(?s).*<main", "").replaceAll("(?s)</main>.*", ""));
    }

    @Test
    void wrongCardCodesOnOneKioskAreSlowed() {
        Http kiosk = malmoKiosk();
        for (int i = 0; i < 10; i++) {
            kiosk.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "WRNG-" + (1000 + i)));
        }
        HttpResponse<String> right = kiosk.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "DEM2-LARS"));
        assertEquals(200, right.statusCode(), "a right code during the delay does not sign in");
        assertEquals(302, new Http().submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "DEM2-LARS"))
                .statusCode(), "another device is not slowed");
    }

    /**
     * Learners sign in with their cards at the same moment on devices that count as one (a kiosk
     * here; a library's computers behind one address alike), where nine codes were mistyped in
     * the last quarter of an hour. A code is counted until it is checked: right ones at the same
     * moment used to fill the tenth place and be refused as guessing.
     */
    @Test
    void rightCardsAtOnceAreNotRefusedAsGuessing() throws Exception {
        Http kiosk = malmoKiosk();
        for (int i = 0; i < 9; i++) {
            kiosk.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "WRNG-" + (2000 + i)));
        }
        String token = kiosk.cookie(KioskDevice.COOKIE).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<HttpResponse<String>>> signIns = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Http device = new Http().withCookie(KioskDevice.COOKIE, token);
                signIns.add(pool.submit(() -> device.post("/kiosk/card.xhtml", Map.of("card", "card",
                        "card:code", "DEM2-GVAN", "card:submit", "submit", "jakarta.faces.ViewState", "stateless"))));
            }
            int refused = 0;
            for (Future<HttpResponse<String>> signIn : signIns) {
                if (signIn.get().statusCode() != 302) {
                    refused++;
                }
            }
            assertEquals(0, refused, "sign-ins with a right card refused");
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> wrong = kiosk.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "WRNG-3000"));
        HttpResponse<String> right = kiosk.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", "DEM2-GVAN"));
        assertEquals(200, right.statusCode(), "the tenth wrong code still slows the kiosk down");
        assertTrue(wrong.body().contains("card:code"));
    }

    /** A device made a kiosk of Malmö Town Hall by its educator, who then signs out. */
    private static Http malmoKiosk() {
        Http device = new Http();
        assertEquals(302, device.signIn("sara", Server.DEMO_PASSWORD).statusCode());
        HttpResponse<String> page = device.get("/educator/index.xhtml");
        Matcher site = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Malmö Town Hall").matcher(page.body());
        assertTrue(site.find());
        device.submit("/educator/index.xhtml", "kiosk", "make", Map.of("site", site.group(1), "label", "Guessing test"));
        device.post("/sign-out", Map.of());
        return device;
    }

    private static String learnerId(Http kiosk, String name) {
        Matcher card = Pattern.compile("pin\\.xhtml\\?learner=(\\d+)\"(.*?)</a>", Pattern.DOTALL)
                .matcher(kiosk.get("/kiosk/names.xhtml").body());
        while (card.find()) {
            if (card.group(2).contains(name)) {
                return card.group(1);
            }
        }
        throw new AssertionError(name + " is not on the kiosk's list");
    }

    private static Map<String, String> pinForm(String page, String pin) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("pin", "pin");
        form.put("learner", page.substring(page.indexOf('=') + 1));
        form.put("pin:code", pin);
        form.put("pin:submit", "pin:submit");
        form.put("jakarta.faces.ViewState", "stateless");
        return form;
    }
}

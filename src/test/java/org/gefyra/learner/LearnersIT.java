package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.it.Http;
import org.gefyra.it.PrintedCards;
import org.gefyra.it.Server;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Learners' pages over HTTP, as educators and others use them: bad input stores nothing and says
 * why; a card's code shows only on the printed card; a new card makes the old one useless; a
 * print sent twice gives one card; switching off shuts the door; another organisation's educator
 * reaches nothing.
 */
class LearnersIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final Pattern CODE = Pattern.compile("[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}");
    private static Http eleni;
    private static Http kiosk;

    @BeforeAll
    static void signIn() {
        eleni = new Http();
        assertEquals(302, eleni.signIn("eleni", Server.DEMO_PASSWORD).statusCode());
        kiosk = kioskOfCentralLibrary();
    }

    @Test
    void badInputOnTheRegistrationFormIsRefusedPlainlyAndNothingIsStored() {
        Map<String, Map.Entry<String, String>> spoilt = Map.of(
                "no name", Map.entry("displayName", ""),
                "a name too long", Map.entry("displayName", "x".repeat(61)),
                "no picture", Map.entry("picture", ""),
                "a picture that does not exist", Map.entry("picture", "DRAGON"),
                "a language that does not exist", Map.entry("language", "xx"),
                "another organisation's site", Map.entry("site", "999999"),
                "no consent", Map.entry("consentProgress", ""),
                "a PIN of letters", Map.entry("pin", "12a4"),
                "an age band that does not exist", Map.entry("ageBand", "FROM_1_TO_2"));
        spoilt.forEach((what, field) -> {
            String name = "Refused " + RUN + " " + field.getKey();
            Map<String, String> fields = new HashMap<>(LearnerPages.learner(eleni, "/educator/learners/new.xhtml", "learner",
                    field.getKey().equals("displayName") ? "x" : name, "Central Library"));
            fields.put(field.getKey(), field.getValue());
            HttpResponse<String> refused = eleni.submit("/educator/learners/new.xhtml", "learner", "register", fields);
            assertEquals(200, refused.statusCode(), what);
            assertTrue(refused.body().contains("class=\"field-error\"") || refused.body().contains("message-error"),
                    what + ": a message says what is wrong");
            assertFalse(refused.body().contains("Exception"), what);
        });
        assertFalse(eleni.get("/educator/learners/index.xhtml").body().contains("Refused " + RUN), "nobody was registered");
    }

    @Test
    void aCardsCodeIsOnThePrintedCardOnlyAndANewCardMakesTheOldOneUseless() {
        long zeynep = LearnerPages.register(eleni, "Zeynep " + RUN, "Central Library");
        String first = LearnerPages.newCard(eleni, zeynep);
        for (String page : List.of(LearnerPages.page(zeynep), "/educator/learners/index.xhtml")) {
            String body = eleni.get(page).body();
            assertFalse(body.contains(first) || body.contains(first.replace("-", "")), "the code is not on " + page);
        }
        assertEquals(302, signInWithCard(new Http(), first).statusCode(), "the new card signs in");

        String second = LearnerPages.newCard(eleni, zeynep);
        assertNotEquals(first, second);
        HttpResponse<String> old = signInWithCard(kiosk, first);
        assertEquals(200, old.statusCode(), "the lost card no longer signs in");
        assertTrue(old.body().contains("We do not know this code"), "and says so plainly");
        assertEquals(302, signInWithCard(new Http(), second).statusCode(), "the new one does");
    }

    @Test
    void aPrintSentTwiceAtOnceMakesOneCardAndBothCopiesWork() throws Exception {
        long yusuf = LearnerPages.register(eleni, "Yusuf " + RUN, "Central Library");
        Http.Form form = eleni.form(LearnerPages.page(yusuf), "card");
        CompletableFuture<byte[]> one = CompletableFuture.supplyAsync(() -> eleni.download(form, "print", Map.of()).body());
        CompletableFuture<byte[]> two = CompletableFuture.supplyAsync(() -> eleni.download(form, "print", Map.of()).body());
        List<String> first = PrintedCards.qrCodes(one.get());
        List<String> second = PrintedCards.qrCodes(two.get());
        assertEquals(first, second, "a double tap prints the same card");
        assertEquals(302, signInWithCard(new Http(), first.get(0)).statusCode());
    }

    @Test
    void aGroupsSheetHasACardForEachLearnerAndOldCardsStopWorking() {
        long a = LearnerPages.register(eleni, "Amira " + RUN, "Central Library");
        long b = LearnerPages.register(eleni, "Bilal " + RUN, "Kalamaria Community Centre");
        String before = LearnerPages.newCard(eleni, a);
        HttpResponse<String> made = eleni.submit("/educator/groups/index.xhtml", "group", "make", Map.of("name", "Sheet " + RUN));
        assertEquals(302, made.statusCode(), "the group is made");
        String groupPage = made.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        for (long learner : List.of(a, b)) {
            HttpResponse<String> offered = eleni.submit(groupPage, "add", "search", Map.of("find", RUN));
            assertTrue(offered.body().contains("value=\"" + learner + "\""), "the search offers learner " + learner);
            assertEquals(302, eleni.send(formOf(offered.body(), "add", groupPage), "addChosen",
                    Map.of("add:chosen", String.valueOf(learner))).statusCode(), "learner " + learner + " is added");
        }
        String members = eleni.get(groupPage).body();
        assertTrue(members.contains("Amira " + RUN) && members.contains("Bilal " + RUN), "both are in the group");

        HttpResponse<byte[]> sheet = eleni.download(eleni.form(groupPage, "cards"), "print", Map.of());
        assertEquals(200, sheet.statusCode());
        List<String> codes = PrintedCards.qrCodes(sheet.body());
        assertEquals(2, codes.size(), "a card for each: " + codes);
        assertEquals(200, signInWithCard(kiosk, before).statusCode(), "Amira's card before no longer works");
        for (String code : codes) {
            assertEquals(302, signInWithCard(new Http(), code).statusCode(), "each new card works");
        }
    }

    @Test
    void aSwitchedOffLearnerCannotSignInAndIsSignedOutAtOnce() {
        long omar = LearnerPages.register(eleni, "Omar " + RUN, "Central Library");
        String code = LearnerPages.newCard(eleni, omar);
        Http omarsTablet = new Http();
        assertEquals(302, signInWithCard(omarsTablet, code).statusCode());
        assertEquals(200, omarsTablet.get("/learn/index.xhtml").statusCode());

        assertEquals(302, eleni.submit(LearnerPages.page(omar), "switch", "off", Map.of()).statusCode());
        assertEquals(302, omarsTablet.get("/learn/index.xhtml").statusCode(), "signed out at the next request");
        assertEquals(200, signInWithCard(kiosk, code).statusCode(), "and cannot sign in again");
        assertFalse(kiosk.get("/kiosk/names.xhtml").body().contains("Omar " + RUN), "nor is on the kiosk's list");

        assertEquals(302, eleni.submit(LearnerPages.page(omar), "switch", "on", Map.of()).statusCode());
        assertEquals(302, signInWithCard(new Http(), code).statusCode(), "switched on again, the same card works");
    }

    @Test
    void badInputOnTheOtherFormsIsRefusedAndChangesNothing() {
        long lina = LearnerPages.register(eleni, "Lina " + RUN, "Central Library");
        String page = LearnerPages.page(lina);
        HttpResponse<String> pin = eleni.submit(page, "pin", "set", Map.of("newPin", "99999"));
        assertEquals(200, pin.statusCode());
        assertTrue(pin.body().contains("A PIN is 4 digits."));

        HttpResponse<String> past = eleni.submit(page, "assign", "give", Map.of("module", "pay-utility-bill", "targetDate", "2001-01-01"));
        assertTrue(past.body().contains("This day is over."), "a date in the past");
        HttpResponse<String> notADate = eleni.submit(page, "assign", "give", Map.of("module", "pay-utility-bill", "targetDate", "soon"));
        assertTrue(notADate.body().contains("Write a date"), "not a date");
        HttpResponse<String> noModule = eleni.submit(page, "assign", "give", Map.of("module", "no-such-module"));
        assertEquals(200, noModule.statusCode());
        assertTrue(eleni.get(page).body().contains("No modules given yet."), "nothing was given");

        HttpResponse<String> rename = eleni.submit(page, "learner", "save",
                Map.of("displayName", " ", "picture", "STAR", "language", "en", "consentProgress", "on",
                        "site", LearnerPages.option(eleni.get(page).body(), "learner:site", "Central Library")));
        assertTrue(rename.body().contains("Please fill this in."));
        assertTrue(eleni.get(page).body().contains("Lina " + RUN), "the name stays");

        HttpResponse<String> group = eleni.submit("/educator/groups/index.xhtml", "group", "make", Map.of("name", " "));
        assertTrue(group.body().contains("Please fill this in."));
        HttpResponse<String> tuesday = eleni.submit("/educator/groups/index.xhtml", "group", "make",
                Map.of("name", "Tuesday morning group"));
        assertTrue(tuesday.body().contains("This name is already used here."), "the demo's group name is taken");
    }

    @Test
    void anEducatorOfAnotherOrganisationReachesNothingOfTheseLearners() {
        long nadia = LearnerPages.register(eleni, "Nadia " + RUN, "Central Library");
        Http.Form print = eleni.form(LearnerPages.page(nadia), "card");
        Http.Form pin = eleni.form(LearnerPages.page(nadia), "pin");
        Http sara = new Http();
        sara.signIn("sara", Server.DEMO_PASSWORD);
        assertEquals(403, sara.get(LearnerPages.page(nadia)).statusCode());
        assertFalse(sara.get("/educator/learners/index.xhtml").body().contains("Nadia " + RUN), "not on her list");
        assertFalse(sara.get("/educator/groups/index.xhtml").body().contains("Tuesday morning group"), "nor their groups");
        HttpResponse<byte[]> printed = sara.download(print, "print", Map.of());
        assertFalse(printed.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"),
                "a copied print form prints nothing: " + printed.statusCode());
        HttpResponse<String> changed = sara.send(pin, "set", Map.of("newPin", "1111"));
        assertTrue(changed.statusCode() == 403 || changed.headers().firstValue("Location").orElse("").contains("/error/expired"),
                "a copied form of another's session is refused: " + changed.statusCode());
        assertTrue(eleni.get(LearnerPages.page(nadia)).body().contains("No card yet."), "no card was made");
    }

    private static Http.Form formOf(String page, String formId, String path) {
        Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*\\saction=\"([^\"]*)\"").matcher(page);
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page);
        assertTrue(form.find() && state.find(), "no form " + formId + " on " + path);
        return new Http.Form(formId, form.group(1).replace("&amp;", "&"), Map.of("jakarta.faces.ViewState", state.group(1)));
    }

    private static HttpResponse<String> signInWithCard(Http device, String code) {
        return device.submit("/kiosk/card.xhtml", "card", "submit", Map.of("code", code));
    }

    /** A device made a kiosk of the Central Library: wrong codes tried here count against it, not the tests' address. */
    private static Http kioskOfCentralLibrary() {
        Http device = new Http();
        device.signIn("eleni", Server.DEMO_PASSWORD);
        String site = LearnerPages.option(device.get("/educator/index.xhtml").body(), "kiosk:site", "Central Library");
        device.submit("/educator/index.xhtml", "kiosk", "make", Map.of("site", site, "label", "Learners test " + RUN));
        device.post("/sign-out", Map.of());
        return device;
    }
}

package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;

/**
 * A step page's address answered as it always was, now that the step is loaded just before the page
 * is written rather than in a separate first pass: an unknown module is "not found", an unknown step
 * or one of a module not opened yet goes to the module's page, nobody signed in goes to the kiosk;
 * an answer sent to the page is checked and not taken for a new visit. Learner pages carry no
 * PrimeFaces settings script; staff pages with PrimeFaces components still do, and are posted back
 * as before once Faces no longer makes its first pass over them.
 */
class StepAddressesIT {

    private static final String MODULE = "benefits-form";
    private static final String MODULE_PAGE = "/learn/module.xhtml?id=" + MODULE;

    @Test
    void badStepAddressesAreAnsweredAsBefore() {
        assertGoesTo("/kiosk/index.xhtml", new Http().get(step("welcome")), "nobody signed in");

        Http guest = new Http();
        assertEquals(302, guest.submit("/kiosk/start.xhtml", "guest", "try", Map.of()).statusCode());
        assertGoesTo(MODULE_PAGE, guest.get(step("welcome")), "a module not opened yet");

        assertEquals(302, guest.post("/learn/module.xhtml", Map.of("id", MODULE, "module", "module", "module:skip", "skip",
                "jakarta.faces.ViewState", "stateless")).statusCode());
        HttpResponse<String> welcome = guest.get(step("welcome"));
        assertEquals(200, welcome.statusCode());
        assertTrue(welcome.body().contains("class=\"step-of\""), "the step is shown");

        assertGoesTo(MODULE_PAGE, guest.get(step("no-such-step")), "an unknown step");
        assertGoesTo(MODULE_PAGE, guest.get("/learn/step.xhtml?module=" + MODULE), "no step");
        for (String unknown : new String[] {"/learn/step.xhtml?module=no-such-module&step=welcome",
                "/learn/step.xhtml?step=welcome", "/learn/step.xhtml"}) {
            HttpResponse<String> notFound = guest.get(unknown);
            assertEquals(404, notFound.statusCode(), unknown);
            assertTrue(notFound.body().contains("We cannot find this page"), unknown + " shows the friendly page");
        }
    }

    @Test
    void anAnswerIsCheckedOnItsPageAndLearnerPagesCarryNoPrimeFacesSettings() {
        Http guest = new Http();
        guest.submit("/kiosk/start.xhtml", "guest", "try", Map.of());
        guest.post("/learn/module.xhtml", Map.of("id", MODULE, "module", "module", "module:skip", "skip",
                "jakarta.faces.ViewState", "stateless"));
        HttpResponse<String> quiz = guest.get(step("form-quiz"));
        assertEquals(200, quiz.statusCode());
        assertFalse(quiz.body().contains("PrimeFaces"), "a learner page has no PrimeFaces script");

        HttpResponse<String> answered = guest.post("/learn/step.xhtml", Map.of("module", MODULE, "step", "form-quiz",
                "chosen", "residence", "quiz", "quiz", "quiz:check", "check", "jakarta.faces.ViewState", "stateless"));
        assertEquals(200, answered.statusCode());
        assertTrue(answered.body().contains("feedback-right"), "the answer is checked");

        Http educator = new Http();
        educator.signIn("nikos", Server.DEMO_PASSWORD);
        HttpResponse<String> staffPage = educator.get("/educator/learners/new.xhtml");
        assertEquals(200, staffPage.statusCode());
        assertTrue(staffPage.body().contains("PrimeFaces.settings"), "a page with PrimeFaces components keeps its settings");
        // opened again without its (empty) metadata pass, then posted: its state is restored as before
        HttpResponse<String> refused = educator.submit("/educator/learners/new.xhtml", "learner", "register", Map.of());
        assertEquals(200, refused.statusCode(), "a posted staff page is answered, not taken for expired");
        assertTrue(refused.body().contains("<form id=\"learner\""), "the form is shown again");
    }

    private static String step(String stepId) {
        return "/learn/step.xhtml?module=" + MODULE + "&step=" + stepId;
    }

    private static void assertGoesTo(String path, HttpResponse<String> response, String what) {
        assertEquals(302, response.statusCode(), what);
        String location = response.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith(path), what + " goes to " + path + ", not " + location);
    }
}

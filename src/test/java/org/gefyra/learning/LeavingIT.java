package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.gefyra.it.Http;
import org.gefyra.it.Who;
import org.junit.jupiter.api.Test;

/**
 * "I am done" works without scripts: its link opens a page that asks first, with a sign-out form
 * and a way back that never leaves Gefyra. The kiosk guard's sign-out is unchanged.
 */
class LeavingIT {

    @Test
    void withoutScriptsAGuestIsAskedFirstOnAPageOfItsOwn() {
        Http guest = Who.GUEST.signedIn();
        String lessons = guest.get("/learn/index.xhtml").body();
        assertTrue(lessons.contains("href=\"/learn/done.xhtml?back=%2Flearn%2Findex.xhtml\""), "the link remembers the page");

        HttpResponse<String> question = guest.get("/learn/done.xhtml?back=%2Flearn%2Fmodule.xhtml%3Fid%3Dpay-utility-bill");
        assertEquals(200, question.statusCode());
        assertTrue(question.body().contains("You are a guest, so what you did here will not be kept."));
        assertTrue(question.body().contains("<form method=\"post\" action=\"/sign-out\" class=\"sign-out-form\">"));
        assertTrue(question.body().contains("href=\"/learn/module.xhtml?id=pay-utility-bill\""), "No goes back where the guest was");

        String elsewhere = guest.get("/learn/done.xhtml?back=https%3A%2F%2Fevil.example%2F").body();
        assertFalse(elsewhere.contains("evil.example"), "the way back never leaves Gefyra");
        assertEquals(200, guest.get("/learn/index.xhtml").statusCode(), "asking signs nobody out");

        HttpResponse<String> signedOut = guest.post("/sign-out", Map.of());
        assertEquals("/kiosk/index.xhtml", signedOut.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
        assertEquals(302, guest.get("/learn/index.xhtml").statusCode(), "signed out");
    }

    @Test
    void aLearnerIsToldTheirLessonsAreKept() {
        Http learner = Who.LEARNER.signedIn();
        assertTrue(learner.get("/learn/done.xhtml?lang=en").body().contains("Your lessons are saved."));
    }

    @Test
    void theKioskGuardStillSignsOutSayingWhy() {
        Http learner = Who.LEARNER.signedIn();
        HttpResponse<String> signedOut = learner.post("/sign-out", Map.of("reason", "idle"));
        assertTrue(signedOut.headers().firstValue("Location").orElse("").endsWith("/kiosk/index.xhtml?idle=true"));
    }
}

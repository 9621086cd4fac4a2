package org.gefyra.learning;

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
import java.util.function.Supplier;
import org.gefyra.it.Http;
import org.junit.jupiter.api.Test;

/**
 * A learner double-taps, opens two tabs, or sits behind a network that retries: every page and
 * action of theirs sent twenty times at once is answered correctly, and none waits on another.
 */
class OverlappingRequestsIT {

    private static final int AT_ONCE = 20;
    private static final String MODULE = "benefits-form";

    @Test
    void twentyOfTheSameRequestAtOnceAreAllAnsweredWithoutAnError() throws Exception {
        Http guest = new Http();
        assertEquals(302, guest.submit("/kiosk/start.xhtml", "guest", "try", Map.of()).statusCode());

        allAnswered("my lessons", () -> guest.get("/learn/index.xhtml"));
        allAnswered("a module's first page", () -> guest.get("/learn/module.xhtml?id=" + MODULE));
        allAnswered("starting with a rating", () -> guest.post("/learn/module.xhtml", form("module", "rate3",
                Map.of("id", MODULE))));
        allAnswered("continuing", () -> guest.post("/learn/module.xhtml", form("module", "continue",
                Map.of("id", MODULE))));
        allAnswered("a step", () -> guest.get("/learn/step.xhtml?module=" + MODULE + "&step=welcome"));
        allAnswered("an answer", () -> guest.post("/learn/step.xhtml", form("quiz", "check",
                Map.of("module", MODULE, "step", "form-quiz", "chosen", "birth"))));

        HttpResponse<String> feedback = guest.post("/learn/step.xhtml", form("quiz", "check",
                Map.of("module", MODULE, "step", "form-quiz", "chosen", "residence")));
        assertEquals(200, feedback.statusCode());
        assertTrue(feedback.body().contains("feedback-right"),
                "the right answer is still recognised after the burst");

        allAnswered("the finish page before the steps", () -> guest.get("/learn/finish.xhtml?module=" + MODULE));
        allAnswered("signing out", () -> guest.post("/sign-out", Map.of()));
        HttpResponse<String> after = guest.get("/learn/index.xhtml");
        assertEquals(302, after.statusCode(), "signed out after the burst");
    }

    private static void allAnswered(String what, Supplier<HttpResponse<String>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                sent.add(pool.submit(request::get));
            }
            for (Future<HttpResponse<String>> answer : sent) {
                HttpResponse<String> response = answer.get();
                assertTrue(response.statusCode() == 200 || response.statusCode() == 302,
                        what + " answered " + response.statusCode());
                assertTrue(!response.body().contains("Exception"), what + " showed an exception");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A learner page's form as the browser sends it: learner pages are stateless views. */
    private static Map<String, String> form(String formId, String button, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put(formId, formId);
        form.put(formId + ":" + button, button);
        form.put("jakarta.faces.ViewState", "stateless");
        return form;
    }
}

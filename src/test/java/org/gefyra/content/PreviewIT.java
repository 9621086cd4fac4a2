package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gefyra.it.ContentFolder;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.gefyra.it.Who;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An author writes a draft, previews it as a learner would see it, in any of its languages, and
 * publishes it. Learners never see the draft; a preview records nothing; other staff cannot preview.
 */
class PreviewIT {

    static final String DRAFT = "preview-test-waste-tax";
    private static final String MODULE_PAGE = "/learn/module.xhtml?id=" + DRAFT;

    @BeforeAll
    static void anAuthorsDraftIsLoaded() {
        ContentFolder.remove(DRAFT);
        ContentFolder.copy("pay-waste-tax", DRAFT);
        setDraft(true);
        reload();
    }

    @AfterAll
    static void theContentFolderAsShipped() {
        ContentFolder.remove(DRAFT);
        reload();
    }

    private static void setDraft(boolean draft) {
        Path yaml = Path.of(System.getProperty("gefyra.content.dir", "target/it-content"), "modules", DRAFT, "module.yaml");
        try {
            String text = Files.readString(yaml).replace("draft: true\n", "");
            Files.writeString(yaml, draft ? text.replace("version: 1\n", "version: 1\ndraft: true\n") : text);
        } catch (IOException failed) {
            throw new AssertionError(failed);
        }
    }

    private static void reload() {
        assertEquals(200, new Http().post("/api/admin/content/reload", "admin", Server.adminPassword()).statusCode());
    }

    @Test
    void learnersNeverSeeADraft() {
        for (Who who : List.of(Who.GUEST, Who.LEARNER)) {
            Http learner = who.signedIn();
            assertEquals(404, learner.get(MODULE_PAGE).statusCode(), who + " opening the draft by its address");
            assertEquals(404, learner.get("/learn/step.xhtml?module=" + DRAFT + "&step=welcome").statusCode(), who.toString());
            assertEquals(404, learner.get("/learn/sandbox/bill-payment.xhtml?module=" + DRAFT + "&step=try-it").statusCode(), who.toString());
            assertFalse(learner.get("/learn/index.xhtml").body().contains(DRAFT), who + ": not in My lessons");
            assertEquals(404, learner.get("/content-images/" + DRAFT + "/images/cover.svg").statusCode(), who + ": nor its images");
        }
        for (String language : List.of("en", "it", "ar")) {
            assertFalse(new Http().get("/api/modules?lang=" + language).body().contains(DRAFT), "not in the catalogue");
        }
    }

    @Test
    void anAuthorPreviewsTheDraftInEachLanguageAsALearnerSeesIt() {
        Http author = Who.AUTHOR.signedIn();
        String list = author.get("/admin/content.xhtml").body();
        assertTrue(list.contains("/learn/module.xhtml?id=" + DRAFT + "&amp;lang=it"), "the list offers the preview in Italian");
        assertTrue(list.contains("status-draft"), "and says it is a draft");

        HttpResponse<String> italian = author.get(MODULE_PAGE + "&lang=it");
        assertEquals(200, italian.statusCode());
        assertTrue(italian.body().contains("lang=\"it\""), "the page is in Italian");
        assertTrue(italian.body().contains("Pagare la TARI online"), "with the module's Italian words");
        assertTrue(italian.body().contains("preview-banner") && italian.body().contains("Anteprima."), "a preview, said so");
        assertTrue(italian.body().contains("Questo modulo è una bozza"), "of a draft");
        assertEquals(200, author.get("/content-images/" + DRAFT + "/images/cover.svg").statusCode(), "its images show");

        HttpResponse<String> arabic = author.get(MODULE_PAGE + "&lang=ar");
        assertTrue(arabic.body().contains("dir=\"rtl\"") && arabic.body().contains("ادفع ضريبة النفايات"), "and in Arabic");
    }

    @Test
    void aWholePreviewGoesThroughEveryStepAndRecordsNothing() {
        Http author = Who.AUTHOR.signedIn();
        author.get(MODULE_PAGE + "&lang=en");
        HttpResponse<String> started = author.submit(MODULE_PAGE, "module", "rate2", Map.of("id", DRAFT));
        assertEquals(302, started.statusCode());
        assertTrue(started.headers().firstValue("Location").orElse("").contains("step=welcome"), "to the first step");
        for (String step : List.of("welcome", "find-code", "code-quiz", "try-it", "well-done")) {
            HttpResponse<String> page = author.get("/learn/step.xhtml?module=" + DRAFT + "&step=" + step);
            assertEquals(200, page.statusCode(), step);
            assertTrue(page.body().contains("preview-banner"), step);
        }
        HttpResponse<String> answer = author.post("/learn/step.xhtml", Map.of("quiz", "quiz", "quiz:check", "check",
                "module", DRAFT, "step", "code-quiz", "chosen", "eighteen-digits", "jakarta.faces.ViewState", "stateless"));
        assertTrue(answer.body().contains("feedback-right"), "the answer is checked");

        String practice = "/learn/sandbox/bill-payment.xhtml?module=" + DRAFT + "&step=try-it";
        HttpResponse<String> site = author.get(practice);
        assertEquals(200, site.statusCode());
        assertTrue(site.body().contains("Comune di Valle Verde – waste tax (TARI)"), "the payee the module names");
        assertTrue(site.body().contains("Payment notice code") && site.body().contains("18 digits, printed on your payment notice"),
                "the box and hint of a payment notice code");
        HttpResponse<String> refused = author.submit(practice, "payment", "next", Map.of("reference", "RF18 5390 0754 7034",
                "amount", "187.00"));
        assertTrue(refused.body().contains("A payment notice code has exactly 18 digits."), "an RF reference is refused here");
        HttpResponse<String> card = author.submit(practice, "payment", "next", Map.of("reference", "3020 0012 3456 7890 12",
                "amount", "187.00"));
        assertTrue(card.body().contains("pretend-number"), "the 18 digits lead on to the card");

        HttpResponse<String> finished = author.submit("/learn/finish.xhtml?module=" + DRAFT, "finish", "rate4",
                Map.of("module", DRAFT));
        assertEquals(302, finished.statusCode());
        assertTrue(finished.headers().firstValue("Location").orElse("").endsWith("/admin/content.xhtml"), "back to the list");
        assertTrue(author.get("/admin/content.xhtml").body().contains("Nothing was recorded"), "saying nothing was recorded");

        assertFalse(author.get(MODULE_PAGE).body().contains("module:continue"), "the next preview starts anew: nothing was kept");
    }

    @Test
    void otherStaffCannotPreview() {
        for (Who who : List.of(Who.EDUCATOR, Who.COORDINATOR)) {
            assertEquals(403, who.signedIn().get(MODULE_PAGE).statusCode(), who.toString());
        }
        assertEquals(302, new Http().get(MODULE_PAGE).statusCode(), "nobody signed in goes to the kiosk");
    }

    @Test
    void publishingTheDraftOffersItToLearners() {
        try {
            setDraft(false);
            reload();
            assertEquals(200, Who.LEARNER.signedIn().get(MODULE_PAGE).statusCode());
            assertTrue(new Http().get("/api/modules?lang=en").body().contains(DRAFT));
        } finally {
            setDraft(true);
            reload();
        }
    }
}

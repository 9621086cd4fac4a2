package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gefyra.content.ModuleLoader;
import org.gefyra.it.Browser;
import org.gefyra.it.Screens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A learner at a kiosk works through a whole module in their own language: the "I can" rating,
 * every step, a question answered wrong and then right, the practice website until the goal is
 * reached, the rating again, "was this lesson useful?" and "what was hard?", the certificate and its PDF, which says in their language who finished
 * which module, and "I am done", which asks first. A guest gets a
 * certificate that says a visitor completed the lesson. Every page passes the accessibility audit.
 */
class LearnerJourneyBrowserIT {

    @Test
    void eleniSignsInToThePortalInGreek() {
        try (Browser browser = Browser.open()) {
            start(browser, "el", "DEM2-ELEN", "sign-in-digital-id");
            next(browser, 2);
            answer(browser, "bank-card", false);
            answer(browser, "digital-id", true);
            next(browser, 2);
            assertTrue(browser.all(".practice .feedback-right").isEmpty(), "not practised yet");
            browser.submit(".practice a");
            audit(browser, "el-gov-login");
            browser.submit("#portal\\:signIn");
            browser.type("#portal\\:userName", "maria.papadopoulou");
            browser.submit("#portal\\:next");
            browser.type("#portal\\:code", browser.text("#phone-code"));
            browser.submit("#portal\\:confirmCode");
            audit(browser, "el-gov-login-done");
            browser.submit(".sbx-go-on");
            assertFalse(browser.all(".practice .feedback-right").isEmpty(), "the practice counts");
            finish(browser, "el", "Eleni", "sign-in-digital-id");
        }
    }

    @Test
    void fatimaCallsHerDaughterInArabicRightToLeft() {
        try (Browser browser = Browser.open()) {
            start(browser, "ar", "DEM2-FATM", "video-call-family");
            assertEquals("rtl", browser.find("html").getAttribute("dir"));
            next(browser, 2);
            answer(browser, "green", false);
            answer(browser, "red", true);
            next(browser, 2);
            answer(browser, "answer", false);
            answer(browser, "let-it-ring", true);
            next(browser, 1);
            browser.submit(".practice a");
            audit(browser, "ar-video-call");
            browser.submit("input[data-contact=daughter]");
            browser.submit("#call\\:start");
            audit(browser, "ar-video-call-calling");
            browser.submit("#call\\:hangUp");
            browser.submit(".sbx-go-on");
            assertFalse(browser.all(".practice .feedback-right").isEmpty(), "the practice counts");
            finish(browser, "ar", "Fatima", "video-call-family");

            browser.click("[data-action=done]");
            assertTrue(browser.text("#done-dialog").contains("دروسك محفوظة"), browser.text("#done-dialog"));
            audit(browser, "ar-done-dialog");
            browser.submit("#done-dialog .done-yes");
            assertTrue(browser.path().startsWith("/kiosk/index.xhtml"), "signed out: " + browser.path());
        }
    }

    @Test
    void aGuestFinishesALessonGetsAVisitorsCertificateAndIsAskedBeforeLeaving() {
        try (Browser browser = Browser.open()) {
            browser.go("/kiosk/start.xhtml?lang=en");
            browser.submit("#guest\\:try");
            assertTrue(browser.path().startsWith("/learn/index.xhtml"), browser.path());
            openModule(browser, "en", "sign-in-digital-id");
            next(browser, 2);
            answer(browser, "email-address", false);
            assertEquals("Not quite.", browser.text(".feedback-title"));
            String why = browser.all(".feedback p").get(1).getText();
            assertFalse(why.startsWith("Not quite"), "the feedback does not repeat the heading: " + why);
            answer(browser, "digital-id", true);
            next(browser, 2);
            browser.submit(".practice a");
            browser.submit("#portal\\:signIn");
            browser.type("#portal\\:userName", "maria.papadopoulou");
            browser.submit("#portal\\:next");
            browser.type("#portal\\:code", browser.text("#phone-code"));
            browser.submit("#portal\\:confirmCode");
            browser.submit(".sbx-go-on");
            finish(browser, "en", "A visitor has completed the lesson", "sign-in-digital-id");

            browser.go("/learn/certificate.xhtml?module=sign-in-digital-id");
            String certificate = browser.text(".certificate");
            assertTrue(certificate.contains("A visitor has completed the lesson"), certificate);
            assertTrue(browser.all(".certificate-name").isEmpty(), "a guest's certificate names nobody");
            assertTrue(browser.text(".guest-note").contains("Print it or save it now."));

            browser.click("[data-action=done]");
            assertTrue(browser.find("#done-dialog").isDisplayed());
            assertTrue(browser.text("#done-dialog").contains("You are a guest, so what you did here will not be kept."));
            audit(browser, "en-guest-done-dialog");
            browser.click("#done-dialog [data-action=keep-learning]");
            assertFalse(browser.find("#done-dialog").isDisplayed(), "No, keep learning: the question goes away");
            assertTrue(browser.path().startsWith("/learn/certificate.xhtml"), browser.path());

            browser.driver.get(browser.find("[data-action=done]").getAttribute("href"));
            assertEquals("Are you done?", browser.text("h1"), "without scripts the same question has a page");
            audit(browser, "en-guest-done-page");
            browser.submit("main .done-no");
            assertEquals("/learn/certificate.xhtml?module=sign-in-digital-id", browser.path(), "back where the guest was");

            Screens.leaveAsLearner(browser);
            assertTrue(browser.path().startsWith("/kiosk/index.xhtml"), browser.path());
            browser.go("/learn/index.xhtml");
            assertTrue(browser.path().startsWith("/kiosk/index.xhtml"), "the guest is signed out: " + browser.path());
        }
    }

    private static void start(Browser browser, String language, String card, String module) {
        browser.go("/kiosk/index.xhtml");
        browser.submit(".language-choice[lang=" + language + "]");
        audit(browser, language + "-kiosk-start");
        Screens.signInWithCard(browser, language, card);
        assertTrue(browser.path().startsWith("/learn/index.xhtml"), browser.path());
        assertEquals(language, browser.find("html").getAttribute("lang"));
        audit(browser, language + "-my-lessons");
        openModule(browser, language, module);
    }

    private static void openModule(Browser browser, String language, String module) {
        browser.submit(browser.all(".module-card a").stream()
                .filter(a -> a.getAttribute("href").endsWith("id=" + module)).findFirst().orElseThrow());
        audit(browser, language + "-module-" + module);
        browser.submit("#module\\:rate2");
        assertTrue(browser.text(".step-of").contains("1"), "the first step");
        audit(browser, language + "-step-1");
    }

    private static void next(Browser browser, int steps) {
        for (int i = 0; i < steps; i++) {
            browser.submit("a[rel=next]");
            audit(browser, browser.find("html").getAttribute("lang") + "-" + browser.path().replaceAll(".*step=", "step-"));
        }
    }

    private static void answer(Browser browser, String option, boolean right) {
        browser.click("input[name=chosen][value=" + option + "]");
        browser.submit("#quiz\\:check");
        assertTrue(browser.find(right ? ".feedback-right" : ".feedback-wrong").isDisplayed(), option);
        assertFalse(browser.text(".feedback").isBlank(), "every answer has its own feedback");
        audit(browser, browser.find("html").getAttribute("lang") + "-quiz-" + option);
    }

    private static void finish(Browser browser, String language, String learner, String module) {
        while (browser.all("a[rel=next][href*='finish.xhtml']").isEmpty()) {
            browser.submit("a[rel=next]");
        }
        browser.submit("a[rel=next]");
        assertTrue(browser.path().startsWith("/learn/finish.xhtml"), browser.path());
        audit(browser, language + "-finish");
        browser.submit("#finish\\:rate4");
        if (!learner.startsWith("A visitor")) {
            assertTrue(browser.path().startsWith("/learn/feedback.xhtml"), "a learner is asked how useful it was: " + browser.path());
            assertEquals(3, browser.all(".rating-choice").size(), "three faces, with words");
            audit(browser, language + "-feedback");
            browser.submit("#feedback\\:useful3");
            assertTrue(browser.path().contains("step=hard"), browser.path());
            audit(browser, language + "-feedback-hard");
            browser.click("input[name=hard][value=WORDS]");
            browser.submit("#feedback\\:send");
        }
        assertTrue(browser.path().startsWith("/learn/certificate.xhtml"), browser.path());
        assertTrue(browser.text(".certificate").length() > 20);
        audit(browser, language + "-certificate");
        byte[] certificate = certificatePdf(browser);
        browser.go("/learn/index.xhtml");
        assertTrue(browser.all(".module-card.is-done a").stream()
                .anyMatch(a -> a.getAttribute("href").endsWith("id=" + module)), "the module shows as done");

        String pdf = text(certificate);
        ResourceBundle words = ResourceBundle.getBundle("org.gefyra.i18n.messages", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        assertTrue(pdf.contains(words.getString("certificate.title")), "the PDF's title, in reading order:\n" + pdf);
        assertTrue(pdf.contains(learner), "the learner's name:\n" + pdf);
        assertTrue(pdf.contains(moduleTitle(module, language)), "the module's title, in reading order:\n" + pdf);
    }

    /** The certificate PDF that the page's download link gives. */
    private static byte[] certificatePdf(Browser browser) {
        String answer = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(document.querySelector('a[href*=\"certificate.pdf\"]').href).then(r => r.blob())"
                + ".then(b => { const f = new FileReader(); f.onload = () => done(f.result); f.readAsDataURL(b); })");
        assertTrue(answer.startsWith("data:application/pdf;base64,"), answer.substring(0, Math.min(60, answer.length())));
        return Base64.getDecoder().decode(answer.substring(answer.indexOf(',') + 1));
    }

    /**
     * A PDF's text as a PDF reader extracts it. Arabic comes out in reading order only if the PDF
     * lays it out right to left (laid out left to right, every word would come out backwards);
     * letters drawn in their joined forms are read back as the plain letters.
     */
    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        } catch (IOException unreadable) {
            throw new AssertionError("The certificate is not a PDF that can be read", unreadable);
        }
    }

    private static String moduleTitle(String module, String language) {
        return Normalizer.normalize(new ModuleLoader(Path.of("content")).load().modules().get(module).text(language)
                .orElseThrow().title(), Normalizer.Form.NFKC);
    }

    private static void audit(Browser browser, String name) {
        browser.screenshot("journey-" + name);
        browser.audit("journey-" + name);
    }
}

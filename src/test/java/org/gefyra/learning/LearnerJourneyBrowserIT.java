package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.it.Browser;
import org.gefyra.it.Screens;
import org.junit.jupiter.api.Test;

/** A learner at a kiosk works through a module, in Greek and in Arabic. */
class LearnerJourneyBrowserIT {

    @Test
    void greekLearnerSignsInWithHerCardAndStartsAModule() {
        try (Browser browser = Browser.open()) {
            browser.go("/kiosk/index.xhtml");
            browser.screenshot("kiosk-language");
            browser.go("/kiosk/start.xhtml?lang=el");
            browser.screenshot("kiosk-start-el");
            Screens.signInWithCard(browser, "el", "DEM2-MARA");
            assertTrue(browser.path().startsWith("/learn/index.xhtml"), browser.path());
            assertEquals("el", browser.find("html").getAttribute("lang"));
            browser.screenshot("learn-modules-el");
            browser.go("/learn/module.xhtml?id=sign-in-digital-id");
            browser.screenshot("learn-module-el");
            browser.submit("#module\\:rate2");
            browser.screenshot("learn-step1-el");
            browser.submit("a[rel=next]");
            browser.submit("a[rel=next]");
            browser.click("input[name=chosen][value=bank-card]");
            browser.submit("#quiz\\:check");
            browser.screenshot("learn-quiz-wrong-el");
            browser.click("input[name=chosen][value=digital-id]");
            browser.submit("#quiz\\:check");
            browser.screenshot("learn-quiz-right-el");
            browser.submit("a[rel=next]");
            browser.submit("a[rel=next]");
            browser.screenshot("learn-practice-el");
            browser.submit("a[rel=next]");
            browser.submit("a[rel=next]");
            browser.screenshot("learn-finish-el");
            browser.submit("#finish\\:rate4");
            browser.screenshot("learn-certificate-el");
        }
    }
}

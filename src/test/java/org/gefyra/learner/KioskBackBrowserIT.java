package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.it.Browser;
import org.gefyra.it.Screens;
import org.junit.jupiter.api.Test;

/**
 * How older users really use a kiosk: Back to the start, "try" again over the live visit, the next
 * learner signing in without the previous one signing out, and Back after signing out.
 */
class KioskBackBrowserIT {

    @Test
    void backAndASecondSignInNeverBreakTheKiosk() {
        try (Browser browser = Browser.open()) {
            browser.go("/kiosk/start.xhtml?lang=en");
            browser.submit("#guest\\:try");
            assertEquals("/learn/index.xhtml", browser.path());

            browser.driver.navigate().back();
            browser.go("/kiosk/start.xhtml");
            browser.submit("#guest\\:try");
            assertEquals("/learn/index.xhtml", browser.path(), "trying again over the live visit works");
            assertFalse(browser.text("main").contains("Error"));

            Screens.signInWithCard(browser, "en", "DEM2-ANNA");
            assertEquals("/learn/index.xhtml", browser.path());
            assertTrue(browser.text("main").contains("Anna"), "the next learner signs in over the guest's visit");
            browser.go("/learn/module.xhtml?id=benefits-form");
            String lesson = browser.text("h1");

            Screens.leaveAsLearner(browser);
            browser.driver.navigate().back();
            browser.find("main");
            assertFalse(browser.text("body").contains("Anna"), "Back after signing out shows nobody's page");
            assertFalse(browser.text("h1").equals(lesson), "Back after signing out does not show the lesson");
            assertTrue(browser.path().startsWith("/kiosk/"), "Back after signing out lands on the start: " + browser.path());
            browser.audit("kiosk-after-back");
        }
    }
}

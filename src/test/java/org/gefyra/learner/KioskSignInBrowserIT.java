package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.gefyra.it.Browser;
import org.gefyra.it.Screens;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An educator makes a device a kiosk; a learner chooses their picture and types their PIN.
 * Five wrong PINs lock the card, kindly, until the educator unlocks it. The camera button for the
 * card's QR code shows only on a device that has a camera.
 */
class KioskSignInBrowserIT {

    @Test
    void theCameraButtonShowsOnlyWhereThereIsACameraAndCodesReadLeftToRightInArabic() {
        try (Browser browser = Browser.open()) {
            browser.go("/kiosk/start.xhtml?lang=ar");
            browser.go("/kiosk/card.xhtml");
            waitForTheCameraCheck(browser);
            assertEquals("no", browser.find("[data-scanner]").getAttribute("data-camera"));
            assertFalse(browser.find("[data-action=scan]").isDisplayed(), "no camera, no camera button");
            assertEquals("ABCD-EFGH-2345", browser.text("#code-hint bdi"), "the example code keeps its own direction");
            assertEquals("ltr", browser.find("#card\\:code").getAttribute("dir"));
            browser.screenshot("kiosk-card-ar-no-camera");
            browser.audit("kiosk-card-ar-no-camera");
        }
        try (Browser browser = Browser.withCamera()) {
            browser.go("/kiosk/start.xhtml?lang=en");
            browser.go("/kiosk/card.xhtml");
            waitForTheCameraCheck(browser);
            assertTrue(browser.find("[data-action=scan]").isDisplayed(), "a camera, so the camera button");
            browser.screenshot("kiosk-card-en-camera");
            browser.audit("kiosk-card-en-camera");
        }
    }

    private static void waitForTheCameraCheck(Browser browser) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(driver -> browser.find("[data-scanner]").getAttribute("data-camera") != null);
    }

    @Test
    void fiveWrongPinsLockTheCardUntilTheEducatorUnlocksIt() {
        try (Browser browser = Browser.open()) {
            Screens.signInAsStaff(browser, "eleni", Server.DEMO_PASSWORD);
            browser.go("/educator/index.xhtml");
            browser.type("#kiosk\\:label", "Reading room");
            browser.submit("#kiosk\\:make");
            assertTrue(browser.text(".messages").contains("Central Library"), browser.text("main"));
            Screens.signOut(browser);

            browser.go("/kiosk/start.xhtml?lang=it");
            assertTrue(browser.text("h1").contains("Central Library"));
            browser.screenshot("kiosk-start-it-at-site");
            browser.audit("kiosk-start-it-at-site");
            browser.go("/kiosk/names.xhtml");
            browser.screenshot("kiosk-names-it");
            browser.audit("kiosk-names-it");
            browser.submit(browser.all(".learner-card").stream().filter(card -> card.getText().contains("Giovanni"))
                    .findFirst().orElseThrow());
            browser.audit("kiosk-pin-it");
            assertEquals("ltr", browser.find(".keypad").getAttribute("dir"), "1 2 3 from left to right in every language");
            for (int attempt = 1; attempt <= 5; attempt++) {
                for (char digit : "9999".toCharArray()) {
                    browser.click(".key[data-key='" + digit + "']");
                }
                browser.submit("#pin\\:submit");
            }
            assertTrue(browser.find(".panel-warning").isDisplayed(), "the card is locked");
            browser.screenshot("kiosk-pin-locked-it");
            browser.audit("kiosk-pin-locked-it");

            Screens.signInAsStaff(browser, "eleni", Server.DEMO_PASSWORD);
            browser.go("/educator/learners/index.xhtml?lang=en");
            org.openqa.selenium.WebElement giovanni = browser.all("#learners .learner-row").stream()
                    .filter(row -> row.getText().contains("Giovanni")).findFirst().orElseThrow();
            assertTrue(giovanni.getText().contains("Locked"), "the list shows the locked card: " + giovanni.getText());
            browser.submit(giovanni.findElement(org.openqa.selenium.By.cssSelector("a")));
            browser.submit("#card\\:unlock");
            assertTrue(browser.all("#card\\:unlock").isEmpty(), "Giovanni's card no longer needs unlocking");
            assertTrue(browser.text(".messages").contains("The card is unlocked"), browser.text(".messages"));
            Screens.signOut(browser);

            browser.go("/kiosk/names.xhtml");
            browser.submit(browser.all(".learner-card").stream().filter(card -> card.getText().contains("Giovanni"))
                    .findFirst().orElseThrow());
            browser.type("#pin\\:code", "3456");
            browser.submit("#pin\\:submit");
            assertTrue(browser.path().startsWith("/learn/index.xhtml"), browser.path());

            Screens.leaveAsLearner(browser);
            Screens.signInAsStaff(browser, "eleni", Server.DEMO_PASSWORD);
            browser.go("/educator/index.xhtml");
            browser.submit(browser.all("#kiosks tr").stream().filter(row -> row.getText().contains("Reading room")).findFirst()
                    .orElseThrow().findElement(org.openqa.selenium.By.cssSelector("button")));
            browser.go("/kiosk/names.xhtml");
            assertTrue(browser.all(".learner-card").isEmpty(), "a released kiosk lists no names");
        }
    }
}

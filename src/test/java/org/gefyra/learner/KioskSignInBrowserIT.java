package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.it.Browser;
import org.gefyra.it.Screens;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;

/**
 * An educator makes a device a kiosk; a learner chooses their picture and types their PIN.
 * Five wrong PINs lock the card, kindly, until the educator unlocks it.
 */
class KioskSignInBrowserIT {

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
            browser.go("/educator/index.xhtml");
            assertTrue(browser.text("#learners").contains("Giovanni"));
            browser.submit(browser.all("#learners tr").stream().filter(row -> row.getText().contains("Giovanni")).findFirst()
                    .orElseThrow().findElement(org.openqa.selenium.By.cssSelector("button")));
            assertTrue(browser.all("#learners tr").stream().filter(row -> row.getText().contains("Giovanni"))
                    .allMatch(row -> row.findElements(org.openqa.selenium.By.cssSelector("button")).isEmpty()),
                    "Giovanni's card no longer needs unlocking");
            Screens.signOut(browser);

            browser.go("/kiosk/names.xhtml");
            browser.submit(browser.all(".learner-card").stream().filter(card -> card.getText().contains("Giovanni"))
                    .findFirst().orElseThrow());
            browser.type("#pin\\:code", "3456");
            browser.submit("#pin\\:submit");
            assertTrue(browser.path().startsWith("/learn/index.xhtml"), browser.path());

            browser.submit(".sign-out-form button");
            Screens.signInAsStaff(browser, "eleni", Server.DEMO_PASSWORD);
            browser.go("/educator/index.xhtml");
            browser.submit(browser.all("#kiosks tr").stream().filter(row -> row.getText().contains("Reading room")).findFirst()
                    .orElseThrow().findElement(org.openqa.selenium.By.cssSelector("button")));
            browser.go("/kiosk/names.xhtml");
            assertTrue(browser.all(".learner-card").isEmpty(), "a released kiosk lists no names");
        }
    }
}

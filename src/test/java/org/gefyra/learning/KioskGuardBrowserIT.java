package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.it.Browser;
import org.gefyra.it.Screens;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a shared kiosk nobody sees the previous person's things: an untouched learner page asks
 * "Are you still there?", then signs out and starts clean. On any other device the learner then
 * continues at the step where they stopped.
 */
class KioskGuardBrowserIT {

    @Test
    void anIdleKioskSignsOutAndTheLearnerResumesOnAnotherDevice() {
        String step;
        try (Browser kiosk = Browser.open()) {
            Screens.signInWithCard(kiosk, "sv", "DEM2-LARS");
            kiosk.go("/learn/module.xhtml?id=video-call-family");
            kiosk.submit("#module\\:rate3");
            kiosk.submit("a[rel=next]");
            step = kiosk.path();
            assertTrue(step.startsWith("/learn/step.xhtml"), step);

            int idle = Integer.parseInt(kiosk.find("body").getAttribute("data-idle"));
            int countdown = Integer.parseInt(kiosk.find("body").getAttribute("data-countdown"));
            assertTrue(idle > 0 && idle <= 60, "the test server asks after a short while: " + idle);
            WebDriverWait wait = new WebDriverWait(kiosk.driver, Duration.ofSeconds(idle + 10));
            wait.until(d -> kiosk.find("#idle-dialog").isDisplayed());
            String asked = kiosk.text(".idle-text");
            Matcher seconds = Pattern.compile("loggar vi ut dig om (\\d+) (sekund|sekunder)\\.$").matcher(asked);
            assertTrue(seconds.find(), asked);
            assertEquals(seconds.group(1).equals("1") ? "sekund" : "sekunder", seconds.group(2), "the count's own form");
            kiosk.screenshot("kiosk-guard-sv");
            kiosk.audit("kiosk-guard-sv");
            new WebDriverWait(kiosk.driver, Duration.ofSeconds(countdown + 15))
                    .until(d -> kiosk.path().startsWith("/kiosk/index.xhtml"));
            assertTrue(kiosk.find(".notice").isDisplayed(), "the start screen says why");
            kiosk.go("/learn/index.xhtml");
            assertTrue(kiosk.path().startsWith("/kiosk/index.xhtml"), "signed out: " + kiosk.path());
        }
        try (Browser tablet = Browser.open()) {
            Screens.signInWithCard(tablet, "sv", "DEM2-LARS");
            assertTrue(tablet.text(".continue").contains(tablet.text(".continue-module")));
            tablet.submit(".continue a");
            assertEquals(step, tablet.path(), "continues at the step where he stopped");
        }
    }
}

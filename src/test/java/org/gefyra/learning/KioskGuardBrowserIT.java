package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.it.Browser;
import org.gefyra.it.Http;
import org.gefyra.it.Screens;
import org.gefyra.it.Who;
import org.gefyra.learner.LearnerPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a shared kiosk nobody sees the previous person's things: an untouched learner page asks
 * "Are you still there?", then signs out and starts clean. On any other device the learner then
 * continues at the step where they stopped.
 * <p>
 * Concurrent: most of its time is the kiosk's idle time and countdown, so it runs beside the other
 * test classes (see the failsafe configuration in pom.xml) instead of adding its waits to the build;
 * it has a learner of its own, whom no other test signs in, locks out or counts.
 */
@Execution(ExecutionMode.CONCURRENT)
class KioskGuardBrowserIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    /**
     * Waits in the page until "Are you still there?" opens, and holds its countdown at once (in the
     * same turn of the page's event loop), so that the audit sees the question and can never race
     * the sign-out. Answers the text the question shows.
     */
    private static final String HOLD_THE_QUESTION = "const done = arguments[arguments.length - 1];"
            + "const dialog = document.getElementById('idle-dialog');"
            + "new MutationObserver((changes, observer) => {"
            + "  if (dialog.hidden) { return; }"
            + "  observer.disconnect();"
            + "  const last = setTimeout(() => {}, 0);"
            + "  for (let id = 1; id <= last; id++) { clearTimeout(id); }"
            + "  done(dialog.querySelector('.idle-text').textContent);"
            + "}).observe(dialog, { attributes: true });";

    @Test
    void anIdleKioskSignsOutAndTheLearnerResumesOnAnotherDevice() {
        String card = swedishLearnersCard();
        String step;
        try (Browser kiosk = Browser.open()) {
            Screens.signInWithCard(kiosk, "sv", card);
            kiosk.go("/learn/module.xhtml?id=video-call-family");
            kiosk.submit("#module\\:rate3");
            kiosk.submit("a[rel=next]");
            step = kiosk.path();
            assertTrue(step.startsWith("/learn/step.xhtml"), step);

            int idle = Integer.parseInt(kiosk.find("body").getAttribute("data-idle"));
            int countdown = Integer.parseInt(kiosk.find("body").getAttribute("data-countdown"));
            assertTrue(idle > 0 && idle <= 60, "the test server asks after a short while: " + idle);
            kiosk.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(idle + 60));
            String question = (String) ((JavascriptExecutor) kiosk.driver).executeAsyncScript(HOLD_THE_QUESTION);
            assertTrue(question.contains(String.valueOf(countdown)), "counts down from " + countdown + ": " + question);
            Matcher seconds = Pattern.compile("loggar vi ut dig om (\\d+) (sekund|sekunder)\\.$").matcher(question.strip());
            assertTrue(seconds.find(), question);
            assertEquals(seconds.group(1).equals("1") ? "sekund" : "sekunder", seconds.group(2), "the count's own form");
            kiosk.screenshot("kiosk-guard-sv");
            kiosk.audit("kiosk-guard-sv");
            assertEquals(step, kiosk.path(), "the audit looked at the question on the step, not at a page after it");
            assertTrue(kiosk.find("#idle-dialog").isDisplayed());

            kiosk.click("#idle-dialog button");
            assertFalse(kiosk.find("#idle-dialog").isDisplayed(), "\"I am still here\" closes the question");
            assertEquals(step, kiosk.path(), "and the learner goes on where they were");

            new WebDriverWait(kiosk.driver, Duration.ofSeconds(idle + countdown + 60))
                    .until(d -> kiosk.path().startsWith("/kiosk/index.xhtml"));
            assertTrue(kiosk.find(".notice").isDisplayed(), "the start screen says why");
            kiosk.go("/learn/index.xhtml");
            assertTrue(kiosk.path().startsWith("/kiosk/index.xhtml"), "signed out: " + kiosk.path());
        }
        try (Browser tablet = Browser.open()) {
            Screens.signInWithCard(tablet, "sv", card);
            assertTrue(tablet.text(".continue").contains(tablet.text(".continue-module")));
            tablet.submit(".continue a");
            assertEquals(step, tablet.path(), "continues at the step where he stopped");
        }
    }

    /** A new learner who speaks Swedish, registered at Malmö Town Hall by sara; gives the code of their card. */
    private static String swedishLearnersCard() {
        Http sara = Who.EDUCATOR_OF_ANOTHER_ORGANISATION.signedIn();
        Map<String, String> fields = new LinkedHashMap<>(LearnerPages.learner(sara, "/educator/learners/new.xhtml",
                "learner", "Kiosk guard " + RUN, "Malmö Town Hall"));
        fields.put("language", "sv");
        HttpResponse<String> registered = sara.submit("/educator/learners/new.xhtml", "learner", "register", fields);
        Matcher id = Pattern.compile("edit\\.xhtml\\?id=(\\d+)").matcher(registered.headers().firstValue("Location").orElse(""));
        assertTrue(registered.statusCode() == 302 && id.find(), "registering the learner answered " + registered.statusCode());
        return LearnerPages.newCard(sara, Long.parseLong(id.group(1)));
    }
}

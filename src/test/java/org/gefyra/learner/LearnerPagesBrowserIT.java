package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gefyra.it.Browser;
import org.gefyra.it.Screens;
import org.gefyra.it.Server;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The educators' learner and group pages on a 10-inch tablet, upright (800 x 1280) and sideways
 * (1280 x 800), in every language: nothing wider than the screen, every button big enough to
 * touch, a whole-page screenshot of each under {@code target/screenshots}.
 * <p>
 * Concurrent: it only reads (the demo network's learners and groups) and changes nothing another
 * test looks at, so it runs beside the other test classes (see the failsafe configuration in
 * pom.xml), using the processor time a browser test leaves while it waits for its pages; its
 * languages still run one after another.
 */
@Execution(ExecutionMode.CONCURRENT)
class LearnerPagesBrowserIT {

    @Execution(ExecutionMode.SAME_THREAD)
    @ParameterizedTest
    @ValueSource(strings = {"en", "el", "it", "sv", "ar"})
    void thePagesFitATabletEitherWayInEveryLanguage(String language) {
        for (int[] size : List.of(new int[] {800, 1280}, new int[] {1280, 800})) {
            String orientation = size[0] < size[1] ? "portrait" : "landscape";
            try (Browser tablet = Browser.open(size[0], size[1])) {
                Screens.signInAsStaff(tablet, "eleni", Server.DEMO_PASSWORD);
                tablet.go("/educator/learners/index.xhtml?lang=" + language);
                String maria = tablet.all("#learners .learner-row a").stream()
                        .filter(link -> link.getText().strip().equals("Maria")).findFirst().orElseThrow()
                        .getAttribute("href").replaceFirst("^https?://[^/]+", "");
                String tuesday = groupPage(tablet);
                for (String page : List.of("/educator/learners/index.xhtml", "/educator/learners/new.xhtml", maria,
                        "/educator/groups/index.xhtml", tuesday)) {
                    tablet.go(page);
                    assertEquals(language, tablet.find("html").getAttribute("lang"));
                    String name = "educator" + page.replaceAll("[/?=.]+", "-").replace("-educator", "") + "-" + language + "-" + orientation;
                    tablet.screenshotWhole(name);
                    assertFitsTheScreen(tablet, name, size[0]);
                }
            }
        }
    }

    private static String groupPage(Browser tablet) {
        tablet.go("/educator/groups/index.xhtml");
        return tablet.all("#groups a").stream().filter(link -> link.getText().contains("Tuesday morning group")).findFirst()
                .orElseThrow().getAttribute("href").replaceFirst("^https?://[^/]+", "");
    }

    /** Nothing wider than the screen, so that nobody scrolls sideways; every button at least 44 pixels high. */
    private static void assertFitsTheScreen(Browser tablet, String name, int width) {
        Number scrollWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) tablet.driver)
                .executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth.intValue() <= width, name + " is " + scrollWidth + " px wide on a " + width + " px screen");
        for (WebElement button : tablet.driver.findElements(By.cssSelector("main button, main input[type=submit], main .button"))) {
            if (button.isDisplayed()) {
                assertTrue(button.getSize().getHeight() >= 44, name + ": the button \"" + button.getText() + "\" is "
                        + button.getSize().getHeight() + " px high");
            }
        }
    }
}

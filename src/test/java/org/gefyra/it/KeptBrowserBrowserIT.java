package org.gefyra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A browser that one test closed serves the next as a new one would (see {@link Browser#close}):
 * nobody signed in, no cookie, no stored preference, no history to go back to, its own window
 * size, and the policy watch and axe-core in its pages as before.
 */
class KeptBrowserBrowserIT {

    @Test
    void aKeptBrowserRemembersNothingOfTheTestBefore() {
        Object first;
        try (Browser before = Browser.open(800, 1280)) {
            Screens.signInWithCard(before, "el", "DEM2-MARA");
            before.go("/learn/module.xhtml?id=pay-utility-bill");
            script(before, "localStorage.setItem('kept-browser-test', 'left behind'); return null;");
            first = ((ChromeDriver) before.driver).getSessionId();
        }
        try (Browser after = Browser.open()) {
            assertEquals(first, ((ChromeDriver) after.driver).getSessionId(), "the closed browser is kept for the next test");
            Object cookies = ((ChromeDriver) after.driver).executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
            assertEquals(List.of(), cookies, "no cookie of the test before");
            assertEquals(new Dimension(1024, 768), after.driver.manage().window().getSize());
            assertEquals(1L, script(after, "return window.history.length;"), "nothing to go back to");
            after.go("/learn/index.xhtml");
            assertTrue(after.path().startsWith("/kiosk/"), "nobody is signed in: " + after.path());
            assertEquals(null, script(after, "return localStorage.getItem('kept-browser-test');"), "nothing stored");
            assertEquals(List.of(), after.policyViolations(), "the policy watch is in the page");
            assertEquals(true, script(after, "return typeof window.axe === 'object';"), "axe-core is in the page");
            after.audit("kept-browser-kiosk");
        }
    }

    private static Object script(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver).executeScript(script);
    }
}

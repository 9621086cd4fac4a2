package org.gefyra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A browser that one test closed serves the next as a new one would (see {@link Browser#close}):
 * nobody signed in, no cookie, no stored preference, no history to go back to, and the policy
 * watch and axe-core in its pages as before.
 */
class KeptBrowserBrowserIT {

    @Test
    void aKeptBrowserRemembersNothingOfTheTestBefore() {
        try (Browser browser = Browser.open(800, 1280)) {
            Screens.signInWithCard(browser, "el", "DEM2-MARA");
            browser.go("/learn/module.xhtml?id=pay-utility-bill");
            script(browser, "localStorage.setItem('kept-browser-test', 'left behind'); return null;");
            assertTrue((Long) script(browser, "return window.history.length;") > 1);

            assertTrue(browser.renew(), "the browser is made new, to be kept for the next test");
            Object cookies = ((ChromeDriver) browser.driver).executeCdpCommand("Network.getAllCookies", Map.of()).get("cookies");
            assertEquals(List.of(), cookies, "no cookie of the test before");
            assertEquals(1L, script(browser, "return window.history.length;"), "nothing to go back to");
            browser.go("/learn/index.xhtml");
            assertTrue(browser.path().startsWith("/kiosk/"), "nobody is signed in: " + browser.path());
            assertEquals(null, script(browser, "return localStorage.getItem('kept-browser-test');"), "nothing stored");
            assertEquals(List.of(), browser.policyViolations(), "the policy watch is in the page");
            assertEquals(true, script(browser, "return typeof window.axe === 'object';"), "axe-core is in the page");
            browser.audit("kept-browser-kiosk");
        }
    }

    private static Object script(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver).executeScript(script);
    }
}

package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.it.Browser;
import org.gefyra.it.ContentFolder;
import org.gefyra.it.Screens;
import org.gefyra.it.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An author leaves a mistake in a module; the administrator presses "Reload the content now" and
 * reads which module was rejected, in which file and why; once it is fixed, a reload offers it.
 */
class ContentAdminBrowserIT {

    static final String BROKEN = "reload-test-half-written";

    @AfterEach
    void theContentFolderAsShipped() {
        ContentFolder.remove(BROKEN);
        try (Browser browser = Browser.open()) {
            reload(signedIn(browser));
        }
    }

    @Test
    void theAdministratorReloadsAndReadsWhatWasRejected() {
        try (Browser browser = Browser.open()) {
            signedIn(browser);
            browser.go("/admin/content.xhtml");
            int offered = browser.all("#modules tbody tr").size();
            assertTrue(offered >= 8, "the starter library: " + offered);
            int rejected = browser.all(".rejected").size();
            assertFalse(browser.text("main").contains(BROKEN));

            ContentFolder.addBroken(BROKEN);
            reload(browser);
            assertEquals("Content reloaded: " + offered + " modules offered, " + (rejected + 1) + " rejected.",
                    browser.text(".messages"));
            assertTrue(browser.all(".rejected h3").stream().anyMatch(h -> h.getText().contains(BROKEN)),
                    "the rejected module is named");
            assertFalse(browser.text(".rejected ul").isBlank(), "with what is wrong");
            browser.screenshot("admin-content-rejected");
            browser.audit("admin-content-rejected");

            ContentFolder.remove(BROKEN);
            ContentFolder.copy("pay-utility-bill", BROKEN);
            reload(browser);
            assertEquals("Content reloaded: " + (offered + 1) + " modules offered, " + rejected + " rejected.",
                    browser.text(".messages"));
            assertTrue(browser.text("#modules").contains(BROKEN), "the fixed module is offered");
        }
    }

    private static Browser signedIn(Browser browser) {
        Screens.signInAsStaff(browser, "admin", Server.adminPassword());
        return browser;
    }

    private static void reload(Browser browser) {
        browser.go("/admin/content.xhtml");
        browser.submit("#content\\:reload");
        assertTrue(browser.path().startsWith("/admin/content.xhtml"), browser.path());
    }
}

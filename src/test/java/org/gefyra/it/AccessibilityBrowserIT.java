package org.gefyra.it;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The axe-core audit (WCAG 2.0, 2.1 and 2.2, A and AA) on every page, in every language of the
 * interface; any violation fails. Learner and sandbox pages are audited by their own journeys too.
 */
class AccessibilityBrowserIT {

    static final List<String> PUBLIC = List.of("/", "/sign-in.xhtml", "/kiosk/index.xhtml", "/kiosk/start.xhtml",
            "/kiosk/card.xhtml", "/kiosk/names.xhtml", "/nope.xhtml", "/error/expired.xhtml");
    static final List<String> ADMIN = List.of("/admin/index.xhtml", "/admin/organisations.xhtml",
            "/admin/organisation.xhtml?id=1", "/admin/sites.xhtml", "/admin/site.xhtml?id=1", "/admin/accounts.xhtml",
            "/admin/account.xhtml?id=2", "/admin/content.xhtml", "/staff/account.xhtml", "/educator/index.xhtml",
            "/reports/index.xhtml");
    static final List<String> LEARNER = List.of("/learn/index.xhtml", "/learn/module.xhtml?id=pay-utility-bill",
            "/learn/module.xhtml?id=spot-scam-messages", "/learn/done.xhtml");

    @ParameterizedTest
    @ValueSource(strings = {"en", "el", "it", "sv", "ar"})
    void everyPageInEveryLanguagePassesTheAudit(String language) {
        try (Browser browser = Browser.open()) {
            browser.go("/?lang=" + language);
            for (String page : PUBLIC) {
                audit(browser, page, language);
            }
            Screens.signInAsStaff(browser, "admin", Server.adminPassword());
            for (String page : ADMIN) {
                audit(browser, page, language);
            }
            browser.go("/educator/index.xhtml");
            Screens.signOut(browser);
            Screens.signInWithCard(browser, language, "DEM2-ANNA");
            for (String page : LEARNER) {
                audit(browser, page, language);
            }
        }
    }

    private static void audit(Browser browser, String page, String language) {
        browser.go(page);
        String name = language + page.replaceAll("[/?=.]+", "-");
        browser.screenshot(name);
        browser.audit(name);
    }
}

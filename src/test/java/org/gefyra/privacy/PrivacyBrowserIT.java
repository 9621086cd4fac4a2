package org.gefyra.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.it.Browser;
import org.gefyra.it.Screens;
import org.gefyra.it.Server;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The personal-data part of a learner's page and the administrator's audit log on a tablet, in
 * English and Arabic (right to left): whole-page screenshots under {@code target/screenshots}.
 */
class PrivacyBrowserIT {

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theLearnersPersonalDataAndTheAuditLog(String language) {
        try (Browser tablet = Browser.open(800, 1280)) {
            Screens.signInAsStaff(tablet, "eleni", Server.DEMO_PASSWORD);
            tablet.go("/educator/learners/index.xhtml?lang=" + language);
            String maria = tablet.all("#learners .learner-row a").stream()
                    .filter(link -> link.getText().strip().equals("Maria")).findFirst().orElseThrow()
                    .getAttribute("href").replaceFirst("^https?://[^/]+", "");
            tablet.go(maria);
            assertEquals(language.equals("ar") ? "rtl" : "ltr", tablet.find("html").getAttribute("dir"));
            assertTrue(tablet.find("#export-pdf").isDisplayed() && tablet.find("#erase\\:erase").isDisplayed());
            tablet.screenshotWhole("privacy-learner-" + language);
            Screens.signOut(tablet);

            Screens.signInAsStaff(tablet, "admin", Server.adminPassword());
            tablet.go("/admin/audit.xhtml?lang=" + language);
            assertTrue(tablet.all("#entries tbody tr").size() > 0);
            tablet.screenshotWhole("privacy-audit-" + language);
        }
    }
}

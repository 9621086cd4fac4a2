package org.gefyra.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.it.Browser;
import org.gefyra.it.Screens;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/** Staff at work: an administrator sets up an organisation and its people; a coordinator reads reports. */
class StaffBrowserIT {

    private final String unique = Long.toString(System.currentTimeMillis(), 36);

    @Test
    void anAdministratorAddsAnOrganisationASiteAndAnEducatorWhoThenSignsIn() {
        try (Browser browser = Browser.open()) {
            Screens.signInAsStaff(browser, "admin", Server.adminPassword());
            assertTrue(browser.path().startsWith("/admin/index.xhtml"), browser.path());

            browser.go("/admin/organisations.xhtml");
            browser.type("#organisation\\:city", "Patras");
            browser.submit("#organisation\\:add");
            assertEquals("Please fill this in.", browser.text("#organisation .field-error"), "empty name refused");
            browser.type("#organisation\\:name", "Patras Library Service " + unique);
            browser.type("#organisation\\:city", "Patras");
            new Select(browser.find("#organisation\\:kind")).selectByValue("LIBRARY_SERVICE");
            browser.submit("#organisation\\:add");
            assertTrue(browser.text("#organisations").contains("Patras Library Service " + unique));
            browser.audit("admin-organisation-added");

            browser.go("/admin/sites.xhtml");
            new Select(browser.find("#site\\:organisation")).selectByVisibleText("Patras Library Service " + unique);
            browser.type("#site\\:name", "Patras Central " + unique);
            browser.submit("#site\\:add");
            assertTrue(browser.text("#sites").contains("Patras Central " + unique));

            browser.go("/admin/accounts.xhtml");
            browser.type("#account\\:username", "kostas" + unique);
            browser.type("#account\\:displayName", "Kostas");
            new Select(browser.find("#account\\:organisationId")).selectByVisibleText("Patras Library Service " + unique);
            browser.type("#account\\:password", "short");
            browser.submit("#account\\:add");
            assertTrue(browser.text("#account").contains("at least 10"), "a short password is refused");
            browser.screenshot("admin-account-refused");
            browser.audit("admin-account-refused");
            browser.type("#account\\:password", "a long enough password");
            browser.submit("#account\\:add");
            assertTrue(browser.text("#accounts").contains("kostas" + unique));

            Screens.signOut(browser);
            Screens.signInAsStaff(browser, "kostas" + unique, "a long enough password");
            assertTrue(browser.path().startsWith("/educator/index.xhtml"), browser.path());
            browser.go("/admin/index.xhtml");
            assertTrue(browser.text("h1").contains("not for you"), "an educator is refused administration");
        }
    }

    @Test
    void aSwitchedOffAccountCannotSignIn() {
        try (Browser admin = Browser.open(); Browser nikos = Browser.open()) {
            Screens.signInAsStaff(nikos, "nikos", Server.DEMO_PASSWORD);
            assertTrue(nikos.path().startsWith("/educator/"));

            Screens.signInAsStaff(admin, "admin", Server.adminPassword());
            admin.go("/admin/accounts.xhtml");
            admin.submit(admin.driver.findElements(org.openqa.selenium.By.cssSelector("#accounts a")).stream()
                    .filter(a -> a.getText().contains("nikos")).findFirst().orElseThrow());
            admin.submit("#status\\:switch");
            assertTrue(admin.text(".messages").contains("switched off"));

            nikos.go("/educator/index.xhtml");
            assertTrue(nikos.path().startsWith("/sign-in.xhtml"), "signed out at once: " + nikos.path());
            Screens.tryToSignInAsStaff(nikos, "nikos", Server.DEMO_PASSWORD);
            assertTrue(nikos.path().startsWith("/sign-in.xhtml"));

            admin.submit("#status\\:switch");
            Screens.signInAsStaff(nikos, "nikos", Server.DEMO_PASSWORD);
            assertTrue(nikos.path().startsWith("/educator/"));
        }
    }

    @Test
    void aCoordinatorReadsTheReportsOfTheirOrganisationOnly() {
        try (Browser browser = Browser.open()) {
            Screens.signInAsStaff(browser, "johan", Server.DEMO_PASSWORD);
            assertTrue(browser.path().startsWith("/reports/index.xhtml"), browser.path());
            String report = browser.text("main");
            assertTrue(report.contains("Malmö"), "the report names Malmö's sites");
            assertFalse(report.contains("Thessaloniki"), "nothing of another organisation, not even in the filters");
            browser.audit("reports");
            browser.go("/educator/index.xhtml");
            assertTrue(browser.text("h1").contains("not for you"));
        }
    }
}

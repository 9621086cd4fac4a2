package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.gefyra.it.Browser;
import org.gefyra.it.Screens;
import org.gefyra.it.Server;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.Test;

/**
 * A network coordinator opens the reports on a tablet: the dashboard draws its charts beside their
 * tables, the filter narrows the report and stays in the address, and every report page passes the
 * accessibility audit, in English and in Arabic (right to left).
 */
class ReportsBrowserIT {

    @Test
    void theDashboardDrawsItsChartsAndEveryReportPagePassesTheAudit() {
        try (Browser browser = Browser.open()) {
            Screens.signInAsStaff(browser, "dimitra", Server.DEMO_PASSWORD);
            for (String language : new String[] {"en", "ar"}) {
                browser.go("/reports/index.xhtml?lang=" + language);
                assertEquals(language.equals("ar") ? "rtl" : "ltr", browser.find("html").getAttribute("dir"));
                new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> ((JavascriptExecutor) d)
                        .executeScript("return document.querySelectorAll('.ui-chart canvas').length === 3 && "
                                + "[...document.querySelectorAll('.ui-chart canvas')].every(c => c.width > 0)"));
                assertEquals(3, browser.all(".report-table").size(), "each chart has its table");
                assertEquals(language.equals("ar") ? "نظرة عامة" : "Overview",
                        browser.text(".report-nav a[aria-current=page]"));
                browser.screenshot(language + "-reports-dashboard");
                for (String section : new String[] {"headline", "months", "places", "digcomp"}) {
                    ((JavascriptExecutor) browser.driver).executeScript(
                            "document.getElementById(arguments[0]).scrollIntoView()", section);
                    browser.screenshot(language + "-reports-dashboard-" + section);
                }
                browser.audit(language + "-reports-dashboard");
                for (String page : new String[] {"table", "compare", "feedback"}) {
                    browser.go("/reports/" + page + ".xhtml?lang=" + language);
                    assertFalse(browser.all(".report-table").isEmpty(), page);
                    browser.screenshot(language + "-reports-" + page);
                    browser.audit(language + "-reports-" + page);
                }
            }
        }
    }

    @Test
    void theFilterNarrowsTheReportAndTheExportsFollowIt() {
        try (Browser browser = Browser.open()) {
            Screens.signInAsStaff(browser, "dimitra", Server.DEMO_PASSWORD);
            browser.go("/reports/table.xhtml?lang=en");
            new Select(browser.find("#by")).selectByValue("AGE_BAND");
            new Select(browser.find("#organisation")).selectByVisibleText("Malmö Together");
            browser.submit("#filter button[type=submit]");
            assertTrue(browser.path().contains("by=AGE_BAND"), browser.path());
            assertEquals("By age", browser.text(".report-table caption"));
            assertTrue(browser.text(".report-about").contains("Organisations: Malmö Together"), browser.text(".report-about"));
            String csv = browser.find(".report-exports a[href*='format=csv']").getAttribute("href");
            assertTrue(csv.contains("kind=TABLE") && csv.contains("format=csv") && csv.contains("by=AGE_BAND")
                    && csv.contains("organisation="), csv);
            browser.screenshot("en-reports-table-filtered");
            browser.go("/reports/index.xhtml?from=2025-13-01");
            assertTrue(browser.text(".messages").contains("Please write the date like 2025-03-31"), browser.text(".messages"));
        }
    }
}

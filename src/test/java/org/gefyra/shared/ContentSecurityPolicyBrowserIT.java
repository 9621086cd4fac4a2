package org.gefyra.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gefyra.it.Browser;
import org.gefyra.it.Http;
import org.gefyra.it.Screens;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The Content-Security-Policy stops what an injection would bring: a script, an inline handler,
 * {@code eval}, an inline style. Gefyra's own pages need none of them: what Faces and PrimeFaces
 * write inline carries the page's nonce, and a command link's handler still works. The audit of
 * every page ({@link Browser#audit}) fails on any violation the browser reports.
 */
class ContentSecurityPolicyBrowserIT {

    @Test
    void anInjectedScriptHandlerEvalOrStyleDoesNotRunAndIsReported() {
        try (Browser browser = Browser.open()) {
            browser.go("/?lang=en");
            assertEquals(List.of(), browser.policyViolations(), "Gefyra's own page breaks none of its policy");
            run(browser, "var s = document.createElement('script'); s.textContent = 'window.injected = 1';"
                    + "document.head.appendChild(s);"
                    + "document.body.insertAdjacentHTML('beforeend', '<img id=\"handler\" src=\"/static/img/icon.svg\" onload=\"window.handled = 1\">"
                    + "<p id=\"styled\" style=\"color: rgb(255, 0, 0)\">x</p>');"
                    // eval from the page's own script, once the driver's call is over: while the driver runs code,
                    // the browser lets anything evaluate. A script with the page's nonce runs; its eval does not.
                    + "var own = document.createElement('script'); own.nonce = document.querySelector('script[nonce]').nonce;"
                    + "own.textContent = 'window.ownRan = 1; setTimeout(function () { try { window.evaluated = eval(\"1\"); }"
                    + " catch (refused) { window.evaluated = \"refused\"; } }, 0);'; document.head.appendChild(own);");
            browser.find("#handler");
            sleep(500);
            assertEquals(null, run(browser, "return window.injected === undefined ? null : window.injected;"),
                    "an injected script ran");
            assertEquals(null, run(browser, "return window.handled === undefined ? null : window.handled;"),
                    "an injected inline handler ran");
            assertEquals(1L, run(browser, "return window.ownRan;"), "a script with the page's nonce runs");
            assertEquals("refused", run(browser, "return window.evaluated;"), "eval ran");
            assertFalse(browser.find("#styled").getCssValue("color").contains("255, 0, 0"), "an inline style applied");
            String reported = String.join("\n", browser.policyViolations());
            assertTrue(reported.contains("script-src-elem blocked inline"), reported);
            assertTrue(reported.contains("script-src-attr blocked inline"), reported);
            assertTrue(reported.contains("script-src blocked eval"), reported);
            assertTrue(reported.contains("style-src-attr blocked inline"), reported);
        }
    }

    @Test
    void everyAnswerHasItsOwnNonceAndNoUnsafeSource() {
        Http http = new Http();
        String first = http.get("/kiosk/start.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();
        String second = http.get("/kiosk/start.xhtml").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertFalse(first.contains("unsafe"), first);
        assertTrue(first.matches(".*script-src 'self' 'nonce-[A-Za-z0-9_-]{24}';.*"), first);
        assertTrue(first.contains("style-src 'self';"), first);
        assertFalse(first.equals(second), "a nonce is used once");
        String page = http.get("/kiosk/start.xhtml").body();
        assertFalse(page.matches("(?s).*<script(?![^>]*nonce=)[^>]*>.*"), "every script of the page carries a nonce");
        assertFalse(page.matches("(?s).*\\son[a-z]+=\".*"), "no inline handler is left in the page");
        assertFalse(page.contains(" style=\""), "no inline style");
    }

    @Test
    void aCommandLinkStillWorksAndStaffPagesWithPrimeFacesBreakNothing() {
        try (Browser browser = Browser.open()) {
            browser.go("/kiosk/start.xhtml?lang=en");
            browser.submit("#guest\\:try");
            assertTrue(browser.path().startsWith("/learn/index.xhtml"), "the guest link signed in: " + browser.path());
            browser.assertNoPolicyViolations("learn-index-guest");
            Screens.leaveAsLearner(browser);
            Screens.signInAsStaff(browser, "eleni", Server.DEMO_PASSWORD);
            browser.go("/educator/index.xhtml");
            browser.assertNoPolicyViolations("educator-index");
        }
    }

    /**
     * Every page, as the person it is for, breaks none of the policy: the audited journeys cover
     * many pages in every language; this goes once through all of them, the newest included.
     */
    @Test
    void everyPageBreaksNoneOfThePolicy() {
        try (Browser browser = Browser.open()) {
            for (String page : List.of("/", "/help", "/sign-in.xhtml", "/kiosk/index.xhtml", "/kiosk/start.xhtml",
                    "/kiosk/card.xhtml", "/kiosk/names.xhtml", "/nope.xhtml")) {
                visit(browser, page);
            }
            Screens.signInAsStaff(browser, "admin", Server.adminPassword());
            for (String page : List.of("/admin/index.xhtml", "/admin/organisations.xhtml", "/admin/organisation.xhtml?id=1",
                    "/admin/sites.xhtml", "/admin/site.xhtml?id=1", "/admin/accounts.xhtml", "/admin/account.xhtml?id=2",
                    "/admin/content.xhtml", "/staff/account.xhtml", "/reports/index.xhtml", "/educator/index.xhtml",
                    "/educator/sessions.xhtml", "/educator/session-plan.xhtml", "/educator/session.xhtml?id=1",
                    "/educator/session-screen.xhtml?id=1", "/educator/learner-history.xhtml?id=1",
                    "/educator/site.xhtml?id=1", "/educator/learners/index.xhtml", "/educator/learners/new.xhtml",
                    "/educator/learners/edit.xhtml?id=1", "/educator/groups/index.xhtml", "/educator/groups/edit.xhtml?id=1")) {
                visit(browser, page);
            }
            Screens.signOut(browser);
            Screens.signInWithCard(browser, "en", "DEM2-ANNA");
            for (String page : List.of("/learn/index.xhtml", "/learn/join.xhtml", "/learn/module.xhtml?id=pay-utility-bill",
                    "/learn/done.xhtml")) {
                visit(browser, page);
            }
        }
    }

    private static void visit(Browser browser, String page) {
        browser.go(page);
        assertEquals(page, browser.path(), "the policy of " + page + " would be read on another page");
        browser.assertNoPolicyViolations(page);
    }

    private static Object run(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver).executeScript(script);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.gefyra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Function;
import org.gefyra.content.ContentSnapshot;
import org.gefyra.content.ModuleLoader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The axe-core audit (WCAG 2.0, 2.1 and 2.2, A and AA) on every page; any violation fails. The
 * public and learner pages are audited in every language of the interface. The staff pages are
 * audited in English and in Arabic (right to left); in Greek, Italian and Swedish they are the
 * same markup with other words, so there they are fetched without a browser and their headings
 * checked, and the audit, at most of a second each, is left out (75 audits, about a minute of
 * every build; opening them in the browser only for their headings took another half minute).
 * Learner and sandbox pages are audited by their own journeys too. Each page first is checked to
 * be the page meant, under its own heading: a sign-in that did not work must not audit the start
 * page again under another name.
 */
class AccessibilityBrowserIT {

    /** A page to audit: where it is, and the heading it shows in a language. */
    record Page(String address, Function<String, String> heading) {
    }

    static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);
    static final ContentSnapshot CONTENT = new ModuleLoader(Path.of("content")).load();

    static final List<Page> PUBLIC = List.of(page("/", "home.title"), page("/sign-in.xhtml", "signIn.title"),
            page("/kiosk/index.xhtml", "kiosk.language.title"), page("/kiosk/start.xhtml", "kiosk.start.title"),
            page("/kiosk/card.xhtml", "kiosk.card.title"), page("/kiosk/names.xhtml", "kiosk.names.title"),
            page("/nope.xhtml", "error.notFound.title"), page("/error/expired.xhtml", "error.expired.title"),
            page("/help", "help.title"));
    static final List<Page> ADMIN = List.of(page("/admin/index.xhtml", "admin.title"),
            page("/admin/organisations.xhtml", "admin.organisations.title"),
            page("/admin/organisation.xhtml?id=1", "admin.organisations.edit"),
            page("/admin/sites.xhtml", "admin.sites.title"), page("/admin/site.xhtml?id=1", "admin.sites.edit"),
            page("/admin/accounts.xhtml", "admin.accounts.title"), page("/admin/account.xhtml?id=2", "admin.accounts.edit"),
            page("/admin/content.xhtml", "admin.content.title"), page("/admin/audit.xhtml", "privacy.audit.title"),
            page("/staff/account.xhtml", "account.title"),
            page("/educator/index.xhtml", "educator.title"), page("/educator/learners/index.xhtml", "educator.learners.title"),
            page("/educator/learners/new.xhtml", "educator.learner.new"),
            new Page("/educator/learners/edit.xhtml?id=1", language -> "Maria"),
            page("/educator/groups/index.xhtml", "educator.groups.title"),
            new Page("/educator/groups/edit.xhtml?id=1", language -> "Tuesday morning group"),
            page("/reports/index.xhtml", "reports.title"),
            page("/reports/table.xhtml", "reports.kind.TABLE"), page("/reports/compare.xhtml", "reports.kind.COMPARE"),
            page("/reports/feedback.xhtml", "reports.kind.FEEDBACK"),
            page("/educator/sessions.xhtml", "sessions.title"), page("/educator/session-plan.xhtml", "sessions.plan"),
            new Page("/educator/session.xhtml?id=1", language -> "Drop-in: help with your phone"),
            new Page("/educator/site.xhtml?id=1", language -> words(language, "site.details.title", "Central Library")),
            new Page("/educator/learner-history.xhtml?id=1", language -> words(language, "history.title", "Maria")));
    /** The languages the staff pages are audited in (in a browser): the default, and the right-to-left one. */
    static final Set<String> STAFF_AUDITED_IN = Set.of("en", "ar");
    static final List<Page> LEARNER = List.of(page("/learn/index.xhtml", "learn.modules.title"), page("/learn/join.xhtml", "join.title"),
            module("pay-utility-bill"), module("spot-scam-messages"), page("/learn/done.xhtml", "done.title"));

    @ParameterizedTest
    @ValueSource(strings = {"en", "el", "it", "sv", "ar"})
    void everyPageInEveryLanguagePassesTheAudit(String language) {
        try (Browser browser = Browser.open()) {
            browser.go("/?lang=" + language);
            for (Page page : PUBLIC) {
                audit(browser, page, language);
            }
            if (STAFF_AUDITED_IN.contains(language)) {
                Screens.signInAsStaff(browser, "admin", Server.adminPassword());
                for (Page page : ADMIN) {
                    audit(browser, page, language);
                }
                browser.go("/educator/index.xhtml");
                Screens.signOut(browser);
            } else {
                Http admin = new Http();
                admin.get("/?lang=" + language);
                assertEquals(302, admin.signIn("admin", Server.adminPassword()).statusCode(), "admin signs in");
                for (Page page : ADMIN) {
                    open(admin, page, language);
                }
            }
            Screens.signInWithCard(browser, language, "DEM2-ANNA");
            for (Page page : LEARNER) {
                audit(browser, page, language);
            }
        }
    }

    /** The audit can fail: a picture without words on a page that passes makes it fail, naming the rule. */
    @Test
    void theAuditFindsAPictureWithoutWords() {
        try (Browser browser = Browser.open()) {
            browser.go("/?lang=en");
            browser.audit("the start page as it is");
            ((JavascriptExecutor) browser.driver).executeScript("var picture = document.createElement('img');"
                    + "picture.src = '/static/img/names.svg'; document.querySelector('main').appendChild(picture);");
            AssertionError failed = assertThrows(AssertionError.class, () -> browser.audit("a-picture-without-words"));
            assertTrue(failed.getMessage().contains("- image-alt: "), failed.getMessage());
        }
    }

    private static void audit(Browser browser, Page page, String language) {
        open(browser, page, language);
        browser.audit(name(page, language));
    }

    /** Opens a page and checks that it is the page meant, under its heading in the language. */
    private static void open(Browser browser, Page page, String language) {
        browser.go(page.address());
        String name = name(page, language);
        browser.screenshot(name);
        assertEquals(page.address(), browser.path(), "the audit of " + name + " would look at another page");
        assertEquals(page.heading().apply(language), browser.text("main h1"), "the heading of " + name);
    }

    /**
     * The same check without a browser, for a page that is not audited in this language: it is
     * answered, not sent elsewhere, and its heading in {@code <main>} is the one meant.
     */
    private static void open(Http client, Page page, String language) {
        String name = name(page, language);
        HttpResponse<String> answer = client.get(page.address());
        assertEquals(200, answer.statusCode(), "the page of " + name + " is another"
                + answer.headers().firstValue("Location").map(to -> ": " + to).orElse(""));
        Element heading = Jsoup.parse(answer.body()).selectFirst("main h1");
        assertTrue(heading != null, "no heading in <main> on " + name);
        assertEquals(page.heading().apply(language), heading.text(), "the heading of " + name);
    }

    private static String name(Page page, String language) {
        return language + page.address().replaceAll("[/?=.]+", "-");
    }

    private static Page page(String address, String headingKey) {
        return new Page(address, language -> ResourceBundle.getBundle("org.gefyra.i18n.messages",
                Locale.forLanguageTag(language), NO_FALLBACK).getString(headingKey).strip());
    }

    /** A heading with a blank filled in, as the page's language writes it. */
    /** A page's text with its blanks filled in as pages fill them: isolated in a right-to-left language. */
    private static String words(String language, String key, Object... blanks) {
        Object[] filled = blanks.clone();
        for (int i = 0; i < filled.length; i++) {
            if (org.gefyra.shared.i18n.Languages.isRightToLeft(language) && filled[i] instanceof String text) {
                filled[i] = "\u2068" + text + "\u2069";
            }
        }
        return org.gefyra.shared.i18n.Texts.MESSAGES.format(Locale.forLanguageTag(language), key, filled).strip();
    }

    private static Page module(String id) {
        return new Page("/learn/module.xhtml?id=" + id,
                language -> CONTENT.modules().get(id).text(language).orElseThrow().title().strip());
    }
}

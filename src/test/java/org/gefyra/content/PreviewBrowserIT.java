package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gefyra.it.Browser;
import org.gefyra.it.ContentFolder;
import org.gefyra.it.Http;
import org.gefyra.it.Screens;
import org.gefyra.it.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An author previews a draft about the waste tax, in Italian and in Arabic: the learner's pages,
 * a note that it is a preview, and a practice page that shows the payee and the hint the module's
 * settings ask for. Every page passes the accessibility audit.
 */
class PreviewBrowserIT {

    static final String DRAFT = "preview-browser-waste-tax";

    @BeforeAll
    static void anAuthorsDraftIsLoaded() throws IOException {
        ContentFolder.remove(DRAFT);
        ContentFolder.copy("pay-waste-tax", DRAFT);
        Path yaml = Path.of(System.getProperty("gefyra.content.dir", "target/it-content"), "modules", DRAFT, "module.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("version: 1\n", "version: 1\ndraft: true\n"));
        reload();
    }

    @AfterAll
    static void theContentFolderAsShipped() {
        ContentFolder.remove(DRAFT);
        reload();
    }

    private static void reload() {
        assertEquals(200, new Http().post("/api/admin/content/reload", "admin", Server.adminPassword()).statusCode());
    }

    @Test
    void anAuthorPreviewsADraftAndItsPracticePageShowsTheSettings() {
        try (Browser browser = Browser.open()) {
            browser.go("/?lang=it");
            Screens.signInAsStaff(browser, "katerina", Server.DEMO_PASSWORD);
            assertEquals("/admin/content.xhtml", browser.path(), "an author starts on the content list");
            browser.screenshot("preview-it-content-list");
            ((JavascriptExecutor) browser.driver).executeScript(
                    "document.querySelector('a[hreflang=it]').scrollIntoView({block: 'center'})");
            browser.screenshot("preview-it-content-table");
            browser.audit("the content list, as an author");

            browser.click("a[href*='id=" + DRAFT + "'][hreflang=it]");
            assertTrue(browser.path().startsWith("/learn/module.xhtml?id=" + DRAFT), browser.path());
            assertEquals("Pagare la TARI online", browser.text("main h1"));
            assertTrue(browser.text(".preview-banner").contains("Anteprima."), "a preview, said so");
            assertTrue(browser.text(".preview-banner").contains("bozza"), "of a draft");
            browser.screenshot("preview-it-module");
            browser.audit("a draft's first page in a preview");

            browser.submit("#module\\:rate3");
            assertTrue(browser.path().contains("step=welcome"), browser.path());
            browser.go("/learn/step.xhtml?module=" + DRAFT + "&step=try-it");
            browser.click(".practice a.button");
            assertTrue(browser.path().startsWith("/learn/sandbox/bill-payment.xhtml"), browser.path());
            assertEquals("Comune di Valle Verde – TARI", browser.text("#sbx-site-name"), "the payee the module names");
            assertEquals("Codice avviso", browser.text("label[for='payment\\:reference']"));
            assertEquals("18 cifre, stampate sull'avviso di pagamento. Copia ogni cifra.", browser.text("#reference-hint"));
            assertEquals("Tassa sui rifiuti", browser.text("#bill-kind"));
            browser.screenshot("preview-it-practice");
            browser.audit("the practice page of a preview");

            browser.go("/learn/sandbox/bill-payment.xhtml?module=" + DRAFT + "&step=try-it&lang=ar");
            assertEquals("Comune di Valle Verde – ضريبة النفايات (TARI)", browser.text("#sbx-site-name"));
            assertEquals("رمز إشعار الدفع", browser.text("label[for='payment\\:reference']"));
            browser.screenshot("preview-ar-practice");
            browser.audit("the practice page of a preview, in Arabic");
            browser.go("/learn/module.xhtml?id=" + DRAFT);
            browser.screenshot("preview-ar-module");
            browser.audit("a draft's first page in a preview, in Arabic");
        }
    }
}

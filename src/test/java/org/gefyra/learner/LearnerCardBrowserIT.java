package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gefyra.it.Browser;
import org.gefyra.it.PrintedCards;
import org.gefyra.it.Screens;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An educator on a tablet registers a learner in under a minute, gives her a module, prints her
 * login card; the card's QR code, read from the PDF, signs her in on the kiosk, where the module
 * waits first among her lessons. Bad input on the way is refused with a plain message.
 */
class LearnerCardBrowserIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    @Test
    void anEducatorRegistersALearnerPrintsHerCardAndTheCardSignsHerIn() {
        String name = "Noor " + RUN;
        try (Browser tablet = Browser.open(800, 1280)) {
            Screens.signInAsStaff(tablet, "eleni", Server.DEMO_PASSWORD);
            tablet.go("/educator/learners/new.xhtml?lang=en");
            tablet.screenshot("educator-learner-new-en-portrait");

            tablet.submit("#learner\\:register");
            assertEquals("/educator/learners/new.xhtml", tablet.path().replaceAll("[?;].*", ""), "nothing registered");
            assertTrue(tablet.text("main").contains("Please fill this in."), tablet.text("main"));

            long started = System.nanoTime();
            tablet.type("#learner\\:displayName", name);
            tablet.click("label[for='learner:picture:3']");
            new org.openqa.selenium.support.ui.Select(tablet.find("#learner\\:language")).selectByValue("ar");
            new org.openqa.selenium.support.ui.Select(tablet.find("#learner\\:site")).selectByVisibleText("Central Library");
            tablet.click("label[for='learner:ageBand:1']");
            tablet.click("label[for='learner:targetGroups:1']");
            tablet.type("#learner\\:pin", "12a4");
            tablet.submit("#learner\\:register");
            assertTrue(tablet.text("main").contains("The learner must agree"), "consent is needed: " + tablet.text("main"));
            tablet.screenshot("educator-learner-new-refused-en");

            tablet.click("label[for='learner:consentProgress']");
            tablet.submit("#learner\\:register");
            assertTrue(tablet.text("main").contains("A PIN is 4 digits."), "a bad PIN is refused: " + tablet.text("main"));
            tablet.type("#learner\\:pin", "2580");
            tablet.click("label[for='learner:consentReports']");
            tablet.submit("#learner\\:register");
            double seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(tablet.path().startsWith("/educator/learners/edit.xhtml?id="), tablet.path());
            String page = tablet.path();
            assertTrue(tablet.text(".messages").contains(name + " is registered"), tablet.text(".messages"));
            assertTrue(seconds < 60, "registered in " + seconds + " s");
            assertEquals(name, tablet.text("main h1"));
            assertFalse(tablet.text("main").matches("(?s).*[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}.*"),
                    "no card code on the page");

            new org.openqa.selenium.support.ui.Select(tablet.find("#assign\\:module")).selectByValue("pay-utility-bill");
            ((org.openqa.selenium.JavascriptExecutor) tablet.driver).executeScript(
                    "document.getElementById('assign:targetDate').value = '2099-12-31'");
            tablet.submit("#assign\\:give");
            assertEquals(page, tablet.path(), "the learner's page again, afresh");
            assertTrue(tablet.text("#modules").contains("Pay"), tablet.text("#modules"));
            tablet.screenshot("educator-learner-page-en-portrait");

            Path downloads = tablet.downloads("card-" + RUN);
            assertTrue(tablet.text("#card").contains("Its code is shown only on the printed card"), tablet.text("#card"));
            tablet.click("#card\\:print");
            byte[] pdf = tablet.downloaded(downloads, ".pdf");
            List<String> codes = PrintedCards.qrCodes(pdf);
            assertEquals(1, codes.size(), "one card, one QR code");
            String code = codes.get(0);
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"), code);
            String text = PrintedCards.text(pdf);
            assertTrue(text.replaceAll("\\s+", " ").contains(name) && text.contains(code), "the name and the code to type are printed:\n" + text);

            tablet.go(page);
            assertTrue(tablet.text("#card").contains("old card stops working"), "printing again is said to replace the card");
            Screens.signOut(tablet);

            Screens.signInWithCard(tablet, "ar", code);
            WebElement first = tablet.all(".module-card").get(0);
            assertEquals(1, first.findElements(By.cssSelector(".tag-assigned")).size(), "the module she was given comes first");
            assertTrue(first.findElement(By.cssSelector("a")).getAttribute("href").contains("pay-utility-bill"));
            tablet.screenshot("kiosk-my-lessons-assigned-ar-portrait");
        }
    }
}

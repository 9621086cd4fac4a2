package org.gefyra.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.it.Browser;
import org.gefyra.it.PrintedCards;
import org.gefyra.it.Screens;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole session, as an educator runs it from a tablet: she registers Sofia and prints her card
 * (the PDF is read back and its QR code decoded), plans the session and opens it; Sofia joins with
 * the code from her own device, signed in with the code of her new card; Ahmed signs in with his
 * name and PIN at a kiosk of the library and is in at once; the live view shows both, without a
 * reload, Sofia stuck on a question and Ahmed asking for help; the educator marks Giovanni absent,
 * registers a newcomer, closes the session and reads its summary.
 */
class SessionBrowserIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final String MODULE = "benefits-form";

    @Test
    void anEducatorRunsASessionThatTwoLearnersJoin() {
        try (Browser educator = Browser.open(800, 1280); Browser sofia = Browser.open(); Browser ahmed = Browser.open()) {
            makeKiosk(ahmed);
            Screens.signInAsStaff(educator, "eleni", Server.DEMO_PASSWORD);
            String newcomer = "Sofia " + RUN;
            String printedCode = registerAndPrintCard(educator, newcomer);
            String title = "Session " + RUN;
            String id = planToday(educator, title);
            educator.submit("#session\\:open");
            String code = educator.text("#join-code").replace(" ", "");
            assertEquals(6, code.length(), code);
            educator.audit("session-open");

            educator.go("/educator/session-screen.xhtml?id=" + id);
            assertEquals(code, educator.text("#screen-code").replace(" ", ""));
            assertFalse(educator.all(".screen-qr svg path").isEmpty(), "the QR code is drawn");
            educator.screenshot("session-screen-en-800x1280");
            educator.go("/educator/session.xhtml?id=" + id);

            Screens.signInWithCard(sofia, "el", printedCode);
            sofia.go("/learn/join.xhtml");
            sofia.audit("join-el");
            sofia.type("#join\\:code", code.substring(0, 3).toLowerCase() + " " + code.substring(3));
            sofia.submit("#join\\:submit");
            assertTrue(sofia.text("#joined").contains(title), sofia.text("main"));
            openModule(sofia);
            sofia.go("/learn/step.xhtml?module=" + MODULE + "&step=form-quiz");
            for (String wrong : List.of("birth", "family-status", "birth")) {
                sofia.click("input[name=chosen][value=" + wrong + "]");
                sofia.submit("#quiz\\:check");
            }

            ahmed.go("/kiosk/start.xhtml?lang=ar");
            ahmed.go("/kiosk/names.xhtml");
            ahmed.submit(ahmed.all(".learner-card").stream().filter(card -> card.getText().contains("Ahmed"))
                    .findFirst().orElseThrow());
            ahmed.type("#pin\\:code", "2345");
            ahmed.submit("#pin\\:submit");
            assertTrue(ahmed.path().startsWith("/learn/index.xhtml"), ahmed.path());
            assertTrue(ahmed.text("#in-session").contains(title), "signing in at the kiosk joined the session");
            ahmed.screenshot("learner-in-session-ar");
            openModule(ahmed);
            ahmed.go("/learn/step.xhtml?module=" + MODULE + "&step=find-form");
            ahmed.submit("#help\\:ask");
            assertTrue(ahmed.find("#help-asked").isDisplayed());
            ahmed.screenshot("learner-help-asked-ar");

            String before = educator.path();
            waitFor(educator, () -> card(educator, "Ahmed").map(c -> c.getText().contains("Asks for help")).orElse(false)
                    && card(educator, newcomer).map(c -> c.getText().contains("Wrong answers")).orElse(false));
            assertEquals(before, educator.path(), "the live view changed without a reload");
            assertTrue(card(educator, newcomer).orElseThrow().getText().contains("Step 3 of 7"), educator.text("#live"));
            assertTrue(educator.text(".live-count").contains("2 people need help"), educator.text(".live-count"));
            scrollTo(educator, "#live-title");
            educator.screenshot("session-live-en-800x1280");
            stillHere(ahmed);
            ahmed.audit("learner-help-asked-ar");
            educator.audit("session-live");

            waitFor(educator, () -> {
                card(educator, "Ahmed").orElseThrow().findElement(By.cssSelector("button")).click();
                return true;
            });
            waitFor(educator, () -> card(educator, "Ahmed").map(c -> !c.getText().contains("Asks for help")).orElse(false));

            new Select(educator.find("#add\\:learner")).selectByVisibleText("Giovanni (Central Library)");
            new Select(educator.find("#add\\:status")).selectByValue("ABSENT");
            educator.submit("#add\\:mark");
            educator.type("#walkIn\\:displayName", "Nadia " + RUN);
            new Select(educator.find("#walkIn\\:language")).selectByValue("ar");
            educator.type("#walkIn\\:pin", "8642");
            educator.click("#walkIn\\:consentProgress");
            educator.screenshotWhole("session-walk-in-en-800x1280");
            educator.submit("#walkIn\\:register");
            String attendance = educator.text("#attendance");
            assertTrue(attendance.contains("Giovanni") && attendance.contains("Absent"), attendance);
            assertTrue(attendance.contains("Nadia " + RUN) && attendance.contains("new today"), attendance);
            assertTrue(attendance.contains("3 present"), attendance);
            educator.audit("session-attendance");

            tablet(educator, 1280, 800);
            educator.go("/educator/session.xhtml?id=" + id + "&lang=ar");
            assertEquals("rtl", educator.find("html").getAttribute("dir"));
            scrollTo(educator, "#live-title");
            educator.screenshot("session-live-ar-1280x800");
            scrollTo(educator, "#attendance-title");
            educator.screenshot("session-attendance-ar-1280x800");
            educator.screenshotWhole("session-whole-ar-1280x800");
            educator.audit("session-live-ar");
            educator.go("/educator/session.xhtml?id=" + id + "&lang=en");

            educator.submit("#session\\:close");
            assertEquals("3", educator.text("#summary-attendees"), "Sofia, Ahmed and the walk-in");
            assertEquals("0", educator.text("#summary-guests"));
            assertEquals("1", educator.text("#summary-new"), "the walk-in; Sofia was registered before the session opened");
            assertTrue(Integer.parseInt(educator.text("#summary-steps")) >= 2, educator.text("#summary"));
            scrollTo(educator, "#summary");
            educator.screenshot("session-summary-en-1280x800");
            educator.audit("session-summary");
        }
    }

    /** The educator registers a newcomer at the library and prints her card: its code, as the card's QR code says it. */
    private static String registerAndPrintCard(Browser educator, String name) {
        educator.go("/educator/learners/new.xhtml?lang=en");
        educator.type("#learner\\:displayName", name);
        educator.click("label[for='learner:picture:5']");
        new Select(educator.find("#learner\\:language")).selectByValue("el");
        new Select(educator.find("#learner\\:site")).selectByVisibleText("Central Library");
        educator.type("#learner\\:pin", "1357");
        educator.click("label[for='learner:consentProgress']");
        educator.submit("#learner\\:register");
        assertTrue(educator.path().startsWith("/educator/learners/edit.xhtml?id="), educator.text("main"));
        Path downloads = educator.downloads("session-card-" + RUN);
        educator.click("#card\\:print");
        List<String> codes = PrintedCards.qrCodes(educator.downloaded(downloads, ".pdf"));
        assertEquals(1, codes.size(), "one card, one QR code");
        return codes.get(0);
    }

    private static void makeKiosk(Browser browser) {
        Screens.signInAsStaff(browser, "eleni", Server.DEMO_PASSWORD);
        browser.go("/educator/index.xhtml");
        browser.type("#kiosk\\:label", "Session kiosk " + RUN);
        browser.submit("#kiosk\\:make");
        Screens.signOut(browser);
    }

    private static String planToday(Browser educator, String title) {
        educator.go("/educator/sessions.xhtml");
        educator.audit("sessions");
        educator.submit("#plan");
        educator.type("#plan\\:title", title);
        setValue(educator, "#plan\\:date", LocalDate.now().toString());
        setValue(educator, "#plan\\:start", "00:01");
        setValue(educator, "#plan\\:end", "23:59");
        educator.click("input[value='" + MODULE + "']");
        educator.screenshot("session-plan-en-800x1280");
        educator.audit("session-plan");
        educator.submit("#plan\\:save");
        assertTrue(educator.path().startsWith("/educator/session.xhtml"), educator.path() + " " + educator.text("main"));
        assertEquals(title, educator.text("h1"));
        Matcher id = Pattern.compile("id=(\\d+)").matcher(educator.path());
        assertTrue(id.find(), educator.path());
        return id.group(1);
    }

    private static void openModule(Browser learner) {
        learner.go("/learn/module.xhtml?id=" + MODULE);
        learner.submit(learner.all("#module\\:continue").isEmpty() ? "#module\\:rate2" : "#module\\:continue");
    }

    private static java.util.Optional<WebElement> card(Browser educator, String name) {
        return educator.all(".live-card").stream().filter(c -> c.findElement(By.cssSelector(".live-name")).getText()
                .startsWith(name)).findFirst();
    }

    /** Touches the learner's screen, as a person would, so that the kiosk guard does not sign them out during an audit. */
    private static void stillHere(Browser learner) {
        ((JavascriptExecutor) learner.driver).executeScript("document.dispatchEvent(new KeyboardEvent('keydown'));");
    }

    private static void scrollTo(Browser browser, String css) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView();", browser.find(css));
    }

    private static void setValue(Browser browser, String css, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
    }

    private static void tablet(Browser browser, int width, int height) {
        browser.driver.manage().window().setSize(new Dimension(width, height));
    }

    private static void waitFor(Browser educator, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(educator.driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException notSeen) {
            educator.screenshot("session-live-not-seen");
            throw new AssertionError("The live view did not show it: " + educator.text("main"), notSeen);
        }
    }
}

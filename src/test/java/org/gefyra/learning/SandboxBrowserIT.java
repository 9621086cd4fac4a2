package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.gefyra.it.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner practises on each pretend website until the task is done, after one wrong attempt
 * that gets a kind message; every screen passes the accessibility audit.
 */
class SandboxBrowserIT {

    @Test
    void mariaSignsInToThePortalWithTheCodeOnThePretendPhone() {
        try (Browser browser = Browser.open()) {
            open(browser, "en", "DEM2-MARA", "sign-in-digital-id", "gov-login");
            assertTrue(browser.text(".sbx-banner").contains("nothing you type is sent anywhere"));
            assertTrue(browser.text(".sbx-task").contains("maria.papadopoulou"));
            assertEquals(null, browser.find(".sbx-screen-title").getAttribute("autofocus"), "no focus jump on opening");
            assertEquals(4, browser.all("input.portal-tile").size(), "the service tiles are buttons");
            check(browser, "gov-login-1-home");
            press(browser, "#portal\\:signIn");
            assertEquals("true", browser.find(".sbx-screen-title").getAttribute("autofocus"), "the new screen's title takes the focus");
            check(browser, "gov-login-2-user-name");
            press(browser, "#portal\\:next");
            assertEquals("Please fill this in.", browser.text("#userName-error"));
            check(browser, "gov-login-2-user-name-empty");
            browser.type("#portal\\:userName", "maria.papadopulou");
            press(browser, "#portal\\:next");
            check(browser, "gov-login-3-code");
            browser.type("#portal\\:code", "000000");
            press(browser, "#portal\\:confirmCode");
            assertTrue(browser.text("#code-error").contains("not the code"));
            check(browser, "gov-login-3-code-wrong");
            browser.type("#portal\\:code", browser.text("#phone-code"));
            press(browser, "#portal\\:confirmCode");
            assertTrue(browser.text(".feedback-wrong").contains("maria.papadopoulou"), browser.text(".feedback-wrong"));
            check(browser, "gov-login-4-signed-in-as-someone-else");
            press(browser, "#portal\\:signOut");
            browser.type("#portal\\:userName", "Maria.Papadopoulou");
            press(browser, "#portal\\:next");
            browser.type("#portal\\:code", browser.text("#phone-code"));
            press(browser, "#portal\\:confirmCode");
            assertTrue(browser.text(".sbx-screen-title").contains("Maria Papadopoulou"));
            check(browser, "gov-login-5-done");
            press(browser, "input[data-service=health]");
            assertEquals("Health and appointments", browser.text(".sbx-screen-title"));
            assertTrue(browser.text(".sbx-site-body").contains("Here you would see your appointments"), browser.text(".sbx-site-body"));
            check(browser, "gov-login-6-service");
            press(browser, "#portal\\:backToServices");
            assertTrue(browser.text(".sbx-screen-title").contains("Maria Papadopoulou"), "back to the services");
            goOn(browser, "sign-in-digital-id");
        }
    }

    @Test
    void mariaBooksTheGeneralPractitionerOnTuesdayAtTen() {
        try (Browser browser = Browser.open()) {
            open(browser, "en", "DEM2-MARA", "book-doctor-appointment", "appointment-booking");
            check(browser, "booking-1-service");
            press(browser, "input[data-service=dentist]");
            check(browser, "booking-2-days");
            press(browser, "input[data-day=wednesday]");
            assertTrue(browser.text(".booking-slots").contains("taken"));
            check(browser, "booking-2-times");
            press(browser, "input[data-time='10:30']");
            check(browser, "booking-3-review");
            press(browser, "#booking\\:confirm");
            String different = browser.text(".feedback-wrong");
            assertTrue(different.contains("You chose the service Dentist. Your task asks for General practitioner."), different);
            assertTrue(different.contains("You chose Wednesday. Your task asks for Tuesday."), different);
            assertTrue(different.contains("You chose 10:30. Your task asks for 10:00."), different);
            check(browser, "booking-3-review-different");
            press(browser, "#booking\\:changeService2");
            press(browser, "input[data-service=general-practitioner]");
            press(browser, "#booking\\:changeTime");
            press(browser, "input[data-day=tuesday]");
            press(browser, "input[data-time='10:00']");
            press(browser, "#booking\\:confirm");
            assertTrue(browser.text("#booking-number").matches("HC-\\d{4}-\\d{6}"));
            check(browser, "booking-4-booked");
            goOn(browser, "book-doctor-appointment");
        }
    }

    @Test
    void mariaRequestsABirthCertificateAfterChoosingTheWrongOne() {
        try (Browser browser = Browser.open()) {
            open(browser, "en", "DEM2-MARA", "request-certificate", "certificate-request");
            check(browser, "certificate-1-list");
            press(browser, "input[data-certificate=marriage]");
            check(browser, "certificate-2-form");
            browser.type("#request\\:name", "<script>alert('x')</script>");
            browser.type("#request\\:birthDay", "31");
            browser.type("#request\\:birthMonth", "2");
            browser.type("#request\\:birthYear", "1950");
            press(browser, "#request\\:send");
            assertTrue(browser.text(".sbx-error-summary").contains("Please use only letters"), browser.text(".sbx-error-summary"));
            assertTrue(browser.text("#birth-error").contains("real date"));
            check(browser, "certificate-2-form-problems");
            JavascriptExecutor page = (JavascriptExecutor) browser.driver;
            page.executeScript("document.getElementById('request:name').value = 'x'.repeat(10000);"
                    + "document.getElementById('delivery-post').value = '<script>alert(1)</script>';");
            browser.click("#delivery-post");
            press(browser, "#request\\:send");
            assertTrue(browser.text("#name-error").contains("too long"), browser.text("main"));
            assertTrue(browser.text("#delivery-error").contains("Please choose email or post."));
            browser.type("#request\\:name", "Anna Rossi");
            browser.type("#request\\:birthDay", "15");
            browser.type("#request\\:birthMonth", "3");
            browser.click("#delivery-post");
            browser.type("#request\\:address", "Via Roma 1, Bologna");
            press(browser, "#request\\:send");
            assertTrue(browser.text(".feedback-wrong").contains("Marriage certificate"), browser.text(".feedback-wrong"));
            assertTrue(browser.text(".feedback-wrong").contains("Birth certificate"));
            check(browser, "certificate-2-form-different");
            press(browser, "#request\\:backToList");
            browser.type("#request\\:search", "birth");
            press(browser, "#request\\:searchButton");
            assertEquals(1, browser.all("input[data-certificate]").size());
            check(browser, "certificate-1-list-searched");
            press(browser, "input[data-certificate=birth]");
            assertEquals("Anna Rossi", browser.find("#request\\:name").getAttribute("value"));
            press(browser, "#request\\:send");
            assertTrue(browser.text("#reference-number").startsWith("TH-"));
            check(browser, "certificate-3-sent");
            goOn(browser, "request-certificate");
        }
    }

    @Test
    void mariaPaysTheWaterBillWithThePretendCard() {
        try (Browser browser = Browser.open()) {
            open(browser, "en", "DEM2-MARA", "pay-utility-bill", "bill-payment");
            check(browser, "bill-1-bill");
            browser.type("#payment\\:reference", "rf18 5390 0754 7034");
            browser.type("#payment\\:amount", "42,05");
            press(browser, "#payment\\:next");
            check(browser, "bill-2-card");
            browser.type("#payment\\:cardNumber", "5555 5555 5555 4444");
            press(browser, "#payment\\:checkCard");
            assertTrue(browser.text("#cardNumber-error").contains("pretend card"));
            assertEquals("", browser.find("#payment\\:cardNumber").getAttribute("value"));
            check(browser, "bill-2-card-problems");
            browser.type("#payment\\:cardNumber", browser.text("#pretend-number"));
            browser.type("#payment\\:expiry", browser.text("#pretend-expiry"));
            browser.type("#payment\\:securityCode", browser.text("#pretend-code"));
            browser.type("#payment\\:holder", "Anna Rossi");
            press(browser, "#payment\\:checkCard");
            check(browser, "bill-3-review");
            press(browser, "#payment\\:pay");
            assertTrue(browser.text(".feedback-wrong").contains("You typed the amount 42.05 €. Your task asks for 42.50 €."),
                    browser.text(".feedback-wrong"));
            check(browser, "bill-3-review-different");
            press(browser, "#payment\\:changeBill");
            browser.type("#payment\\:amount", "42,50");
            press(browser, "#payment\\:next");
            press(browser, "#payment\\:checkCard");
            press(browser, "#payment\\:pay");
            assertTrue(browser.text("#receipt-number").startsWith("R-"));
            check(browser, "bill-4-receipt");
            goOn(browser, "pay-utility-bill");
        }
    }

    @Test
    void mariaReportsTheThreeScamsAndLeavesTheRealMessages() {
        try (Browser browser = Browser.open()) {
            open(browser, "en", "DEM2-MARA", "spot-scam-messages", "email-inbox");
            assertEquals(5, browser.all(".inbox-row").size());
            assertTrue(browser.all(".feedback").isEmpty(), "nothing to say before the first report");
            check(browser, "inbox-1-inbox");
            press(browser, "input[data-message=pension-office]");
            check(browser, "inbox-2-real-message");
            press(browser, "#mail\\:report");
            assertTrue(browser.text(".sbx-explain").contains("This message is real."));
            check(browser, "inbox-2-real-message-reported");
            press(browser, "#mail\\:takeBack");
            press(browser, "#mail\\:back");
            press(browser, "input[data-message=bank-blocked]");
            press(browser, "#mail\\:link");
            assertTrue(browser.text(".sbx-explain-warning").contains("scam"));
            check(browser, "inbox-3-scam-link-pressed");
            press(browser, "#mail\\:report");
            String progress = browser.text(".feedback-progress");
            assertTrue(progress.contains("Well done: 1 of 3 scams found.") && progress.contains("2 more to find."), progress);
            assertTrue(browser.all(".feedback-wrong").isEmpty(), "a scam found is progress, not a mistake");
            check(browser, "inbox-4-one-reported");
            press(browser, "input[data-message=parcel-fee]");
            press(browser, "#mail\\:report");
            progress = browser.text(".feedback-progress");
            assertTrue(progress.contains("2 of 3 scams found.") && progress.contains("One more to find."), progress);
            press(browser, "input[data-message=prize-pin]");
            press(browser, "#mail\\:report");
            assertEquals(3, browser.all(".inbox-flag").size());
            check(browser, "inbox-5-done");
            goOn(browser, "spot-scam-messages");
        }
    }

    @Test
    void mariaCallsHerDaughterAfterCallingHerSonByMistake() {
        try (Browser browser = Browser.open()) {
            open(browser, "en", "DEM2-MARA", "video-call-family", "video-call");
            check(browser, "call-1-contacts");
            press(browser, "input[data-contact=son]");
            check(browser, "call-2-contact");
            press(browser, "#call\\:start");
            check(browser, "call-3-on-call");
            press(browser, "#call\\:microphone");
            press(browser, "#call\\:camera");
            assertTrue(browser.text(".call-status").contains("cannot hear you"));
            check(browser, "call-3-on-call-muted");
            press(browser, "#call\\:hangUp");
            assertTrue(browser.text(".feedback-wrong").contains("You called your son. Your task asks you to call your daughter."));
            check(browser, "call-4-ended-different");
            press(browser, "#call\\:contacts2");
            press(browser, "input[data-contact=daughter]");
            press(browser, "#call\\:start");
            press(browser, "#call\\:hangUp");
            check(browser, "call-4-ended");
            goOn(browser, "video-call-family");
        }
    }

    @Test
    void ahmedSignsInToThePortalInArabicOnALargerScreen() {
        try (Browser browser = Browser.open(1280, 1024)) {
            open(browser, "ar", "DEM2-AHMD", "passwords-and-codes", "gov-login");
            assertEquals("rtl", browser.find("html").getAttribute("dir"));
            assertTrue(browser.text(".sbx-banner").contains("موقع للتدريب"));
            assertEquals("تسجيل الدخول", browser.find("#portal\\:signIn").getAttribute("value"));
            check(browser, "ar-gov-login-1-home");
            press(browser, "input[data-service=pension]");
            assertTrue(browser.text(".portal-notice").contains("معاشي التقاعدي"), "sign in first to open the pension");
            check(browser, "ar-gov-login-2-user-name");
            browser.type("#portal\\:userName", "ahmed.karimi");
            press(browser, "#portal\\:next");
            check(browser, "ar-gov-login-3-code");
            browser.type("#portal\\:code", "12");
            press(browser, "#portal\\:confirmCode");
            assertTrue(browser.text("#code-error").contains("الرمز"));
            check(browser, "ar-gov-login-3-code-wrong");
            browser.type("#portal\\:code", browser.text("#phone-code"));
            press(browser, "#portal\\:confirmCode");
            assertEquals("معاشي التقاعدي", browser.text(".sbx-screen-title"), "signed in, the pension page opens");
            assertFalse(browser.all(".sbx-feedback.feedback-right").isEmpty(), "the task is done");
            check(browser, "ar-gov-login-4-done-pension");
            press(browser, "#portal\\:backToServices");
            assertEquals(4, browser.all("input.portal-tile").size());
            check(browser, "ar-gov-login-5-services");
            goOn(browser, "passwords-and-codes");
        }
    }

    @Test
    void mariaSeesThePretendHealthCentreAndInboxInGreek() {
        try (Browser browser = Browser.open()) {
            open(browser, "el", "DEM2-MARA", "book-doctor-appointment", "appointment-booking");
            assertEquals("Γενικός γιατρός", browser.find("input[data-service=general-practitioner]").getAttribute("value"));
            press(browser, "input[data-service=general-practitioner]");
            press(browser, "input[data-day=tuesday]");
            assertTrue(browser.find("input[data-day=tuesday]").getAttribute("value").startsWith("Τρίτη "));
            check(browser, "el-booking-2-times");
            browser.click("[data-action=contrast]");
            check(browser, "el-booking-2-times-high-contrast");
            browser.click("[data-action=contrast]");
            practice(browser, "spot-scam-messages", "email-inbox");
            press(browser, "input[data-message=pharmacy]");
            press(browser, "#mail\\:report");
            press(browser, "#mail\\:back");
            press(browser, "input[data-message=prize-pin]");
            assertTrue(browser.text(".inbox-message").contains("PIN"));
            check(browser, "el-inbox-message");
            press(browser, "#mail\\:report");
            assertTrue(browser.text(".feedback-progress").contains("Μπράβο: βρήκατε 1 από 3 απάτες."), browser.text("main"));
            assertTrue(browser.text(".feedback-wrong").contains("Φαρμακείο Πράσινος Σταυρός"), "the real message still reported");
            check(browser, "el-inbox-found-one-and-a-real-one-reported");
        }
    }

    /** Signs in with a learner's card in a language, and opens a module's practice. */
    private static void open(Browser browser, String language, String card, String module, String sandbox) {
        browser.go("/kiosk/start.xhtml?lang=" + language);
        browser.go("/kiosk/card.xhtml");
        browser.type("#card\\:code", card);
        press(browser, "#card\\:submit");
        assertTrue(browser.path().startsWith("/learn/"), "signed in with the card: " + browser.path() + " " + browser.text("main"));
        practice(browser, module, sandbox);
        assertEquals(language, browser.find("html").getAttribute("lang"));
    }

    /** Starts the module if need be (a practice needs a started module), and opens its practice step. */
    private static void practice(Browser browser, String module, String sandbox) {
        browser.go("/learn/module.xhtml?id=" + module);
        if (!browser.all("#module\\:rate3").isEmpty()) {
            press(browser, "#module\\:rate3");
        }
        browser.go("/learn/sandbox/" + sandbox + ".xhtml?module=" + module + "&step=try-it");
        assertTrue(!browser.all(".sbx-banner").isEmpty(), browser.path() + "\n" + browser.text("main"));
    }

    /** Presses a button or link and waits for the next page, as a learner waits before reading on. */
    private static void press(Browser browser, String css) {
        WebElement page = browser.find("html");
        browser.find(css).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(driver -> isGone(page));
    }

    private static boolean isGone(WebElement page) {
        try {
            page.isEnabled();
            return false;
        } catch (WebDriverException gone) {
            return true;
        }
    }

    /** Audits a screen and keeps two pictures of it: what the learner sees first, and the whole page. */
    private static void check(Browser browser, String screen) {
        browser.screenshot("sandbox-" + screen);
        browser.audit(screen);
        browser.screenshotWhole("sandbox-" + screen + "-whole");
    }

    /** The big "Go on" leads back to the step, which now says the practice is done. */
    private static void goOn(Browser browser, String module) {
        press(browser, ".sbx-go-on");
        assertTrue(browser.path().startsWith("/learn/step.xhtml?module=" + module), browser.path());
        assertTrue(!browser.all(".practice .feedback-right").isEmpty(), "the step shows the practice as done");
    }
}

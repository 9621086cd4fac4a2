package org.gefyra.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in steps the browser tests share; each checks that it worked, so no test goes on as someone else. */
public final class Screens {

    private Screens() {
    }

    public static void signInAsStaff(Browser browser, String username, String password) {
        tryToSignInAsStaff(browser, username, password);
        assertFalse(browser.path().startsWith("/sign-in.xhtml"), username + " could not sign in: " + browser.path());
    }

    /** Types a user name and password on the sign-in page, whether or not they should work. */
    public static void tryToSignInAsStaff(Browser browser, String username, String password) {
        browser.go("/sign-in.xhtml");
        browser.type("#signIn\\:username", username);
        browser.type("#signIn\\:password", password);
        browser.submit("#signIn\\:submit");
    }

    public static void signOut(Browser browser) {
        browser.submit("form[action='/sign-out'] button");
    }

    /** A learner or guest presses "I am done" and answers "Yes, I am done" in the dialog that asks first. */
    public static void leaveAsLearner(Browser browser) {
        browser.click("[data-action=done]");
        browser.submit("#done-dialog .done-yes");
    }

    public static void signInWithCard(Browser browser, String language, String code) {
        browser.go("/kiosk/start.xhtml?lang=" + language);
        browser.go("/kiosk/card.xhtml");
        browser.type("#card\\:code", code);
        browser.submit("#card\\:submit");
        assertTrue(browser.path().startsWith("/learn/index.xhtml"), "the card " + code + " did not sign in: " + browser.path());
    }
}

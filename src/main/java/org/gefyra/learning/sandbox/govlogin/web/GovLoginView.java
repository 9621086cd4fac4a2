package org.gefyra.learning.sandbox.govlogin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.gefyra.learning.sandbox.TypedText;
import org.gefyra.learning.sandbox.govlogin.GovLoginSandbox;
import org.gefyra.learning.sandbox.govlogin.PortalSignIn;
import org.gefyra.learning.sandbox.web.PracticeView;
import org.gefyra.learning.sandbox.web.SandboxTexts;

/**
 * The pretend public-services portal ({@code learn/sandbox/gov-login.xhtml}): its front page,
 * "Sign in", the user name, the one-time code on the pretend phone, and "you are signed in".
 */
@Named
@ViewScoped
public class GovLoginView extends PracticeView {

    private static final long serialVersionUID = 1L;

    public enum Screen { HOME, USER_NAME, CODE, SIGNED_IN }

    private Screen screen = Screen.HOME;
    private String userName;
    private String code;
    private String sentCode;
    private String signedInAs;

    public GovLoginView() {
        super(GovLoginSandbox.ID);
    }

    @Override
    protected String formId() {
        return "portal";
    }

    @Override
    protected String labelKey(String field) {
        return switch (field) {
            case "userName" -> "login.userName.label";
            case "code" -> "login.code.label";
            default -> null;
        };
    }

    public void startSignIn() {
        clearErrors();
        screen = Screen.USER_NAME;
        record("pressed=sign-in");
    }

    public void next() {
        clearErrors();
        PortalSignIn.problem(userName).ifPresent(problem -> refuse("userName", problem));
        if (hasErrors()) {
            record("user-name=not-valid");
            return;
        }
        sentCode = PortalSignIn.newCode();
        code = null;
        screen = Screen.CODE;
        record("user-name=" + (PortalSignIn.check(goal(), userName).isReached() ? "as-asked" : "other"));
    }

    public void signIn() {
        clearErrors();
        if (!PortalSignIn.codeMatches(sentCode, code)) {
            refuse("code", TypedText.strip(code).isEmpty() ? TypedText.REQUIRED : PortalSignIn.WRONG_CODE);
            record("code=wrong");
            return;
        }
        signedInAs = PortalSignIn.normalise(userName);
        sentCode = null;
        screen = Screen.SIGNED_IN;
        record("signed-in", PortalSignIn.check(goal(), userName), "practice.notYet",
                d -> SandboxTexts.text("login.diff.username", d.chosen(), d.wanted()));
    }

    public void sendNewCode() {
        clearErrors();
        sentCode = PortalSignIn.newCode();
        code = null;
        record("new-code");
    }

    public void changeUserName() {
        clearErrors();
        code = null;
        sentCode = null;
        screen = Screen.USER_NAME;
        record("pressed=change-user-name");
    }

    /** Signs out: to the front page when the task is done, else straight back to the user name to try again. */
    public void signOut() {
        boolean again = !isSignedInAsAsked();
        startOver();
        code = null;
        signedInAs = null;
        screen = again ? Screen.USER_NAME : Screen.HOME;
        record(again ? "signed-out=try-again" : "signed-out");
    }

    public void cancel() {
        clearErrors();
        screen = Screen.HOME;
        record("pressed=cancel");
    }

    public Screen getScreen() { return screen; }
    public String getUserName() { return userName; }
    public void setUserName(String userName) { this.userName = userName; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getSentCode() { return sentCode; }

    public String getDisplayName() {
        return signedInAs == null ? "" : PortalSignIn.displayName(signedInAs);
    }

    public boolean isSignedInAsAsked() {
        return signedInAs != null && PortalSignIn.check(goal(), signedInAs).isReached();
    }
}

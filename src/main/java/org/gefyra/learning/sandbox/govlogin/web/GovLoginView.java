package org.gefyra.learning.sandbox.govlogin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.gefyra.learning.sandbox.TypedText;
import org.gefyra.learning.sandbox.govlogin.GovLoginSandbox;
import org.gefyra.learning.sandbox.govlogin.PortalSignIn;
import org.gefyra.learning.sandbox.web.PracticeView;
import org.gefyra.learning.sandbox.web.SandboxTexts;

/**
 * The pretend public-services portal ({@code learn/sandbox/gov-login.xhtml}): its front page,
 * "Sign in", the user name, the one-time code on the pretend phone, and "you are signed in". The
 * service tiles ask for sign-in first, then open a pretend page that says what the service shows.
 */
@Named
@ViewScoped
public class GovLoginView extends PracticeView {

    private static final long serialVersionUID = 1L;

    public enum Screen { HOME, USER_NAME, CODE, SIGNED_IN, SERVICE }

    private Screen screen = Screen.HOME;
    private String userName;
    private String code;
    private String sentCode;
    private String signedInAs;
    private String service;

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
        service = null;
        screen = Screen.USER_NAME;
        record("pressed=sign-in");
    }

    /** A service tile: its page when signed in; otherwise sign-in first, as on a real portal. */
    public void openService(String chosen) {
        clearErrors();
        if (!PortalSignIn.SERVICES.contains(chosen)) {
            refuse("service", "error.chooseFromList");
            return;
        }
        service = chosen;
        screen = signedInAs == null ? Screen.USER_NAME : Screen.SERVICE;
        record("pressed=" + chosen);
    }

    public void backToServices() {
        clearErrors();
        service = null;
        screen = Screen.SIGNED_IN;
        record("pressed=back-to-services");
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
        screen = service == null ? Screen.SIGNED_IN : Screen.SERVICE;
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
        service = null;
        screen = again ? Screen.USER_NAME : Screen.HOME;
        record(again ? "signed-out=try-again" : "signed-out");
    }

    public void cancel() {
        clearErrors();
        service = null;
        screen = Screen.HOME;
        record("pressed=cancel");
    }

    /** The portal, as the module names it in this language, or the Public Services Portal. */
    public String getPortal() {
        return siteName("portal", "login.site");
    }

    /** "Welcome to ...": the portal's own words, or with the module's name for it. */
    public String getWelcome() {
        String named = siteName("portal");
        return named == null ? SandboxTexts.text("login.home.title") : SandboxTexts.text("login.home.titleOf", named);
    }

    public List<String> getServices() {
        return PortalSignIn.SERVICES;
    }

    public Screen getScreen() { return screen; }
    public String getService() { return service; }
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

package org.gefyra.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.gefyra.account.StaffAccount;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.security.GefyraAuthentication;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.web.Messages;
import org.gefyra.shared.web.SignIns;

/** The staff sign-in form: user name and password, then on to the page they came for or their home. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    SecurityContext security;

    @Inject
    CurrentCaller caller;

    @Size(max = StaffAccount.LONGEST_PASSWORD, message = "{error.tooLong}")
    private String username;
    @Size(max = StaffAccount.LONGEST_PASSWORD, message = "{error.tooLong}")
    private String password;
    private String continueTo;

    public String signIn() throws IOException {
        AuthenticationStatus status = SignIns.authenticate(security,
                new UsernamePasswordCredential(username, new Password(password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + destination(caller.get()));
        } else if (throttled().isPresent()) {
            Messages.error("signIn.wait");
        } else {
            Messages.error("signIn.failed");
        }
        return null;
    }

    private Optional<Duration> throttled() {
        return Optional.ofNullable(FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(GefyraAuthentication.THROTTLED_ATTRIBUTE)).map(Duration.class::cast);
    }

    private String destination(Caller signedIn) {
        if (isSafe(continueTo)) {
            return continueTo;
        }
        if (signedIn.is(Role.ADMIN)) {
            return "/admin/index.xhtml";
        }
        if (signedIn.is(Role.AUTHOR)) {
            return "/admin/content.xhtml";
        }
        return signedIn.is(Role.EDUCATOR) ? "/educator/index.xhtml" : "/reports/index.xhtml";
    }

    /** Only paths inside Gefyra, so that a link cannot send someone elsewhere after signing in. */
    static boolean isSafe(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.startsWith("/sign-in") && path.length() < 500;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}

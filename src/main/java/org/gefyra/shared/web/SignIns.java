package org.gefyra.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gefyra.shared.security.GefyraAuthentication;

/** Signing in from a Faces form with any credential, through Jakarta Security. */
public final class SignIns {

    private SignIns() {
    }

    /** Signs in; on success the caller has a fresh session. */
    public static AuthenticationStatus authenticate(SecurityContext security, Credential credential) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        }
        if (external.getRequestMap().get(GefyraAuthentication.OUTAGE_ATTRIBUTE) instanceof RuntimeException outage) {
            throw outage;
        }
        return status;
    }
}

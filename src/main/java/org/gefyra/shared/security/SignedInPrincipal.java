package org.gefyra.shared.security;

import jakarta.security.enterprise.CallerPrincipal;

/** The principal an identity store hands back: it carries the whole caller, so nothing is parsed from a name. */
public class SignedInPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final SignedIn signedIn;

    public SignedInPrincipal(SignedIn signedIn) {
        super(signedIn.caller().principalName());
        this.signedIn = signedIn;
    }

    public SignedIn signedIn() {
        return signedIn;
    }
}

package org.gefyra.account;

import java.io.Serializable;

/**
 * What the HTTP session remembers of a sign-in. A staff sign-in is checked against the account's
 * session epoch on every request, so that "sign out everywhere" and a deactivation take effect
 * at once.
 */
public record SignedIn(Caller caller, int epoch) implements Serializable {

    public static final String SESSION_KEY = "gefyra.signedIn";
}

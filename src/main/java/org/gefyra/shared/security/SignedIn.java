package org.gefyra.shared.security;

import java.io.Serializable;

/**
 * What the HTTP session remembers of a sign-in: the caller, and the epoch of their account at
 * that moment. The kind of person's {@link CallerSource} checks it on every request, so that
 * "sign out everywhere", a switched-off account and a locked card take effect at once. Also fired
 * as a CDI event the moment someone signs in (in their request), for features that act on it.
 */
public record SignedIn(Caller caller, int epoch) implements Serializable {

    public static final String SESSION_KEY = "gefyra.signedIn";
}

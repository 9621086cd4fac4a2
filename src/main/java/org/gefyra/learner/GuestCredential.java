package org.gefyra.learner;

import jakarta.security.enterprise.credential.Credential;

/** "Try without signing in": a kiosk visit with no name, whose progress is dropped at sign-out. */
public final class GuestCredential implements Credential {
}

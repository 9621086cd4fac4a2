package org.gefyra.learner;

import jakarta.security.enterprise.credential.Credential;

/** A learner chose their card on the kiosk and typed their 4-digit PIN. */
public record PinCredential(long learnerId, String pin) implements Credential {
}

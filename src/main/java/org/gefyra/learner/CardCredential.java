package org.gefyra.learner;

import jakarta.security.enterprise.credential.Credential;

/** A learner scanned or typed the code on their login card. */
public record CardCredential(String code) implements Credential {
}

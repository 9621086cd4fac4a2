package org.gefyra.shared.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One sign-in attempt counted against a guessing limit (a limit and its key), shared by every server. */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "limit_key")
    private String limitKey;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    protected SignInAttempt() {
    }

    SignInAttempt(String limitKey, Instant attemptedAt) {
        this.limitKey = limitKey;
        this.attemptedAt = attemptedAt;
    }

    Long id() {
        return id;
    }

    Instant attemptedAt() {
        return attemptedAt;
    }
}

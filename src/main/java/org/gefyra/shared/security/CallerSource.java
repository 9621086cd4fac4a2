package org.gefyra.shared.security;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of person who signs in (staff, learners, guests): its identity store implements this,
 * so that the sign-in mechanism can ask, on every request, whether the remembered caller may
 * still go on, without knowing any feature.
 */
public interface CallerSource {

    boolean serves(Role role);

    /** The caller as they are now, or empty when they were switched off, locked or signed out everywhere. */
    Optional<Caller> refresh(SignedIn signedIn);

    static CredentialValidationResult valid(SignedIn signedIn) {
        return new CredentialValidationResult(new SignedInPrincipal(signedIn), Set.of(signedIn.caller().role().group()));
    }
}

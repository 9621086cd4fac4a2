package org.gefyra.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.UUID;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.CallerSource;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.security.SignedIn;

/** "Try without signing in": every tap starts a new guest visit, known only by a random key. */
@ApplicationScoped
public class GuestIdentityStore implements IdentityStore, CallerSource {

    public CredentialValidationResult validate(GuestCredential credential) {
        return CallerSource.valid(new SignedIn(Caller.guest(UUID.randomUUID().toString()), 0));
    }

    @Override
    public boolean serves(Role role) {
        return role == Role.GUEST;
    }

    @Override
    public Optional<Caller> refresh(SignedIn signedIn) {
        return Optional.of(signedIn.caller());
    }
}

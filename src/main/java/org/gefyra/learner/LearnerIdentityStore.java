package org.gefyra.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.CallerSource;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.security.SignedIn;

/**
 * Checks learners' PINs and login cards. A learner whose card was locked, or who was switched
 * off, cannot sign in, and is signed out at their next request.
 */
@ApplicationScoped
public class LearnerIdentityStore implements IdentityStore, CallerSource {

    @Inject
    LearnerService learners;

    @Inject
    LearnerStanding standing;

    public CredentialValidationResult validate(PinCredential credential) {
        boolean active = learners.find(credential.learnerId()).map(Learner::isActive).orElse(false);
        return active && learners.checkPin(credential.learnerId(), credential.pin()) == PinCheck.RIGHT
                ? valid(credential.learnerId()) : CredentialValidationResult.INVALID_RESULT;
    }

    public CredentialValidationResult validate(CardCredential credential) {
        return learners.findByCard(credential.code())
                .filter(Learner::maySignIn)
                .map(learner -> valid(learner.getId()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public boolean serves(Role role) {
        return role == Role.LEARNER;
    }

    @Override
    public Optional<Caller> refresh(SignedIn signedIn) {
        // Two columns of one row: the rest of the caller was read at sign-in.
        return standing.maySignIn(signedIn.caller().id()) ? Optional.of(signedIn.caller()) : Optional.empty();
    }

    private CredentialValidationResult valid(long learnerId) {
        learners.seen(learnerId);
        return learners.find(learnerId)
                .map(learner -> CallerSource.valid(new SignedIn(learners.callerFor(learner), 0)))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

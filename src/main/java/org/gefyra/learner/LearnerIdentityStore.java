package org.gefyra.learner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.gefyra.account.Caller;
import org.gefyra.account.Role;

/** Checks learners' PINs and login cards. */
@ApplicationScoped
public class LearnerIdentityStore implements IdentityStore {

    @Inject
    LearnerService learners;

    public CredentialValidationResult validate(PinCredential credential) {
        return learners.checkPin(credential.learnerId(), credential.pin()) == PinCheck.RIGHT
                ? valid(credential.learnerId()) : CredentialValidationResult.INVALID_RESULT;
    }

    public CredentialValidationResult validate(CardCredential credential) {
        return learners.findByCard(credential.code())
                .filter(learner -> !learner.isLocked())
                .map(learner -> valid(learner.getId()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult valid(long learnerId) {
        return new CredentialValidationResult(Caller.learnerPrincipal(learnerId), Set.of(Role.LEARNER_GROUP));
    }
}

package org.gefyra.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.gefyra.account.AccountService;
import org.gefyra.account.Caller;
import org.gefyra.account.Role;
import org.gefyra.account.SignedIn;
import org.gefyra.account.StaffAccount;
import org.gefyra.learner.LearnerService;

/** Turns a principal that an identity store accepted into the caller the session remembers. */
@ApplicationScoped
public class SignedInCallers {

    @Inject
    AccountService accounts;

    @Inject
    LearnerService learners;

    Optional<SignedIn> signedIn(String principal) {
        String kind = principal.substring(0, principal.indexOf(':'));
        String id = principal.substring(principal.indexOf(':') + 1);
        return switch (kind) {
            case "staff" -> accounts.find(Long.parseLong(id)).filter(StaffAccount::isActive)
                    .map(account -> new SignedIn(accounts.callerFor(account), account.getSessionEpoch()));
            case "learner" -> learners.find(Long.parseLong(id)).filter(learner -> !learner.isLocked())
                    .map(learner -> new SignedIn(learners.callerFor(learner), 0));
            case "guest" -> Optional.of(new SignedIn(
                    new Caller(principal, Role.GUEST, null, null, null, null, false, null), 0));
            default -> Optional.empty();
        };
    }

    /** The caller as they are now, or empty if the account was deactivated or signed out everywhere. */
    Optional<Caller> stillSignedIn(SignedIn signedIn) {
        Caller caller = signedIn.caller();
        if (!caller.isStaff()) {
            return Optional.of(caller);
        }
        return accounts.find(caller.id())
                .filter(account -> account.isActive() && account.getSessionEpoch() == signedIn.epoch())
                .map(accounts::callerFor);
    }
}

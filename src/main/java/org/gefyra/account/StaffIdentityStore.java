package org.gefyra.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.UUID;
import org.gefyra.shared.security.PasswordHashing;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.CallerSource;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.security.SignedIn;

/** Checks staff user names and passwords against the accounts in the database. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore, CallerSource {

    @Inject
    AccountService accounts;

    @Inject
    PasswordHashing hashing;

    private String unknownUserHash;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<StaffAccount> account = accounts.findActive(credential.getCaller());
        if (account.isEmpty()) {
            // Spend the same time as for a real account, so that timing does not reveal user names.
            hashing.matches(credential.getPasswordAsString(), unknownUserHash());
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hashing.matches(credential.getPasswordAsString(), account.get().getPasswordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return CallerSource.valid(new SignedIn(accounts.callerFor(account.get()), account.get().getSessionEpoch()));
    }

    @Override
    public boolean serves(Role role) {
        return role.isStaff();
    }

    @Override
    public Optional<Caller> refresh(SignedIn signedIn) {
        return accounts.find(signedIn.caller().id())
                .filter(account -> account.isActive() && account.getSessionEpoch() == signedIn.epoch())
                .map(accounts::callerFor);
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = hashing.hash(UUID.randomUUID().toString());
        }
        return unknownUserHash;
    }
}

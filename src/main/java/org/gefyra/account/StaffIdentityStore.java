package org.gefyra.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Checks staff user names and passwords against the accounts in the database. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

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
        StaffAccount signedIn = account.get();
        return new CredentialValidationResult(Caller.staffPrincipal(signedIn.getId()),
                Set.of(signedIn.getRole().group()));
    }

    public CredentialValidationResult validate(GuestCredential credential) {
        return new CredentialValidationResult("guest:" + UUID.randomUUID(), Set.of(Role.GUEST_GROUP));
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = hashing.hash(UUID.randomUUID().toString());
        }
        return unknownUserHash;
    }
}

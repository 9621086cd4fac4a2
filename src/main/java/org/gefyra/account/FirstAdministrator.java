package org.gefyra.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.gefyra.shared.GefyraSettings;
import org.gefyra.shared.InvalidInputException;

/**
 * On the first start, with no accounts at all, creates the administrator {@code admin} with the
 * password from {@code GEFYRA_ADMIN_PASSWORD}, or a random one printed once to the server log.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    GefyraSettings settings;

    @Transactional
    public void createIfNoAccounts() {
        if (accounts.count() > 0) {
            return;
        }
        Optional<String> configured = settings.adminPassword().filter(FirstAdministrator::strongEnough);
        if (settings.adminPassword().isPresent() && configured.isEmpty()) {
            LOG.warning("GEFYRA_ADMIN_PASSWORD is shorter than " + StaffAccount.MIN_PASSWORD_LENGTH
                    + " characters, so a random password is used instead.");
        }
        String password = configured.orElseGet(FirstAdministrator::randomPassword);
        accounts.createInitial("admin", "Administrator", Role.ADMIN, null, false, password);
        if (configured.isPresent()) {
            LOG.info("Created the administrator account 'admin' with the password from GEFYRA_ADMIN_PASSWORD.");
        } else {
            LOG.warning("Created the administrator account 'admin' with the password " + password
                    + " (shown only this once: sign in and change it, or set GEFYRA_ADMIN_PASSWORD before the first start).");
        }
    }

    private static boolean strongEnough(String password) {
        try {
            StaffAccount.checkNewPassword(password);
            return true;
        } catch (InvalidInputException tooWeak) {
            return false;
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

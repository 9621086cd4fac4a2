package org.gefyra.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.gefyra.shared.GefyraSettings;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.Role;

/**
 * On the first start, with no accounts at all, creates the administrator {@code admin} with the
 * password from {@code GEFYRA_ADMIN_PASSWORD}, or a random one written to a file in the data
 * folder that only the server's user can read; the log says where, never what.
 */
@ApplicationScoped
public class FirstAdministrator {

    static final String PASSWORD_FILE = "first-admin-password.txt";
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
            Path file = writeOwnerOnly(settings.dataDir().resolve(PASSWORD_FILE), password);
            LOG.warning("Created the administrator account 'admin'. Its password is in " + file
                    + " (readable only by the server's user): sign in, change it, then delete the file.");
        }
    }

    static Path writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, content + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.WRITE);
            return file;
        } catch (FileAlreadyExistsException raced) {
            throw new IllegalStateException("Another process wrote " + file, raced);
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not write the first administrator's password to " + file, failed);
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

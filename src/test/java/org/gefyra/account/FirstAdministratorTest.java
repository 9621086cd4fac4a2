package org.gefyra.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gefyra.shared.GefyraSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first administrator's generated password goes to a file only the server may read, never to the log. */
class FirstAdministratorTest {

    @TempDir
    Path dataDir;

    @Test
    void theGeneratedPasswordIsReadableOnlyByTheServersUser() throws Exception {
        Path file = FirstAdministrator.writeOwnerOnly(dataDir.resolve("new").resolve(FirstAdministrator.PASSWORD_FILE),
                "s3cret-password");
        assertEquals("s3cret-password", Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void writingItAgainReplacesTheOldOne() throws Exception {
        Path file = dataDir.resolve(FirstAdministrator.PASSWORD_FILE);
        FirstAdministrator.writeOwnerOnly(file, "first");
        FirstAdministrator.writeOwnerOnly(file, "second");
        assertEquals("second", Files.readString(file).strip());
    }

    @Test
    void aRealInstallationGetsNoDemoDataUnlessItAsks() throws Exception {
        ConfigProperty demo = GefyraSettings.class.getDeclaredField("demo").getAnnotation(ConfigProperty.class);
        assertEquals("GEFYRA_DEMO", demo.name());
        assertFalse(Boolean.parseBoolean(demo.defaultValue()));
    }
}

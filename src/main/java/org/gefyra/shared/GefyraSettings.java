package org.gefyra.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's settings, read through MicroProfile Config from {@code GEFYRA_*}
 * environment variables, with defaults that let {@code mvn liberty:run} work with nothing set.
 */
@Named("settings")
@ApplicationScoped
public class GefyraSettings {

    @Inject
    @ConfigProperty(name = "GEFYRA_CONTENT_DIR", defaultValue = "content")
    String contentDir;

    @Inject
    @ConfigProperty(name = "GEFYRA_DEMO", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "GEFYRA_ADMIN_PASSWORD")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "GEFYRA_KIOSK_IDLE_SECONDS", defaultValue = "180")
    int kioskIdleSeconds;

    @Inject
    @ConfigProperty(name = "GEFYRA_KIOSK_COUNTDOWN_SECONDS", defaultValue = "30")
    int kioskCountdownSeconds;

    @Inject
    @ConfigProperty(name = "GEFYRA_STAFF_IDLE_MINUTES", defaultValue = "30")
    int staffIdleMinutes;

    @Inject
    @ConfigProperty(name = "GEFYRA_DATA_DIR")
    Optional<String> dataDir;

    @Inject
    @ConfigProperty(name = "GEFYRA_XAPI_BASE")
    Optional<String> xapiBase;

    @Inject
    @ConfigProperty(name = "GEFYRA_BACKUP_DIR")
    Optional<String> backupDir;

    public Path contentDir() {
        return Path.of(contentDir).toAbsolutePath().normalize();
    }

    public boolean demo() {
        return demo;
    }

    public boolean isDemo() {
        return demo;
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    /** How long a learner page may stay untouched before "Are you still there?". */
    public Duration kioskIdle() {
        return Duration.ofSeconds(Math.max(10, kioskIdleSeconds));
    }

    /** How long a member of staff's session lives without a request. */
    public Duration staffIdle() {
        return Duration.ofMinutes(Math.max(1, staffIdleMinutes));
    }

    /** The folder of the embedded database and of files only the server may read. */
    public Path dataDir() {
        return dataDir.filter(dir -> !dir.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".gefyra", "data")).toAbsolutePath().normalize();
    }

    /**
     * The base of the IRIs of the xAPI statements (activities, the home page of the learners'
     * pseudonymous accounts), without a trailing slash; empty when not set, and then the server's
     * own address is used.
     */
    public Optional<String> xapiBase() {
        return xapiBase.map(String::strip).filter(base -> !base.isEmpty()).map(base -> base.replaceAll("/+$", ""));
    }

    /** Where online backups of the embedded database go: {@code backups} in the data folder unless set. */
    public Path backupDir() {
        return backupDir.filter(dir -> !dir.isBlank()).map(Path::of).orElseGet(() -> dataDir().resolve("backups"))
                .toAbsolutePath().normalize();
    }

    /** How long "Are you still there?" counts down before signing out. */
    public Duration kioskCountdown() {
        return Duration.ofSeconds(Math.max(5, kioskCountdownSeconds));
    }

    /** {@link #kioskIdle()} in seconds, for every learner page: a property, which EL finds without a method search. */
    public long getKioskIdleSeconds() {
        return kioskIdle().toSeconds();
    }

    /** {@link #kioskCountdown()} in seconds, for every page. */
    public long getKioskCountdownSeconds() {
        return kioskCountdown().toSeconds();
    }
}

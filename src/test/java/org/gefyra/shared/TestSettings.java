package org.gefyra.shared;

import java.util.Optional;

/** Settings for unit tests, as the environment (or an installation) would give them. */
public final class TestSettings {

    private TestSettings() {
    }

    /** The defaults, with the project's own content folder. */
    public static GefyraSettings withProjectContent() {
        return withContent("content", null);
    }

    /** The defaults, with this content folder and the xAPI base given (none: this server's address). */
    public static GefyraSettings withContent(String contentDir, String xapiBase) {
        GefyraSettings settings = new GefyraSettings();
        settings.contentDir = contentDir;
        settings.xapiBase = Optional.ofNullable(xapiBase);
        settings.dataDir = Optional.empty();
        settings.adminPassword = Optional.empty();
        settings.kioskIdleSeconds = 180;
        settings.kioskCountdownSeconds = 30;
        settings.staffIdleMinutes = 30;
        return settings;
    }
}

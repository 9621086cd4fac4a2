package org.gefyra.shared;

/** Settings for unit tests, as the environment would give them. */
public final class TestSettings {

    private TestSettings() {
    }

    /** The defaults, with the project's own content folder. */
    public static GefyraSettings withProjectContent() {
        GefyraSettings settings = new GefyraSettings();
        settings.contentDir = "content";
        settings.kioskIdleSeconds = 180;
        settings.kioskCountdownSeconds = 30;
        settings.staffIdleMinutes = 30;
        return settings;
    }
}

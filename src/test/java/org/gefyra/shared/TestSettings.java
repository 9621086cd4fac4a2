package org.gefyra.shared;

import java.util.Optional;

/** Settings as an installation would set them, for tests of other features. */
public final class TestSettings {

    private TestSettings() {
    }

    /** The project's own content folder, and the xAPI base given. */
    public static GefyraSettings withContent(String contentDir, String xapiBase) {
        GefyraSettings settings = new GefyraSettings();
        settings.contentDir = contentDir;
        settings.xapiBase = Optional.ofNullable(xapiBase);
        settings.dataDir = Optional.empty();
        settings.adminPassword = Optional.empty();
        return settings;
    }
}

package org.gefyra.content;

import org.gefyra.shared.TestSettings;

/** The project's real starter modules in a content library, loaded once, for unit tests of the floors above content. */
public final class StarterModules {

    private static ContentLibrary library;

    private StarterModules() {
    }

    public static synchronized ContentLibrary library() {
        if (library == null) {
            ContentLibrary loaded = new ContentLibrary();
            loaded.settings = TestSettings.withProjectContent();
            loaded.reload();
            library = loaded;
        }
        return library;
    }
}

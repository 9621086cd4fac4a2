package org.gefyra.content;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gefyra.shared.TestSettings;

/** The project's real starter modules in a content library, loaded once, for unit tests of the floors above content. */
public final class StarterModules {

    private static ContentLibrary library;

    private StarterModules() {
    }

    public static synchronized ContentLibrary library() {
        if (library == null) {
            // A clock that stands still: the library never looks for other servers' reloads, so it needs no database.
            ContentLibrary loaded = new ContentLibrary(Clock.fixed(Instant.now(), ZoneOffset.UTC));
            loaded.settings = TestSettings.withProjectContent();
            loaded.load(0);
            library = loaded;
        }
        return library;
    }
}

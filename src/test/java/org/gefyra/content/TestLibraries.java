package org.gefyra.content;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gefyra.shared.GefyraSettings;

/** A content library loaded for real from a folder, for tests of other features. */
public final class TestLibraries {

    private TestLibraries() {
    }

    public static ContentLibrary loaded(GefyraSettings settings) {
        // A clock that stands still: the library never looks for other servers' reloads, so it needs no database.
        ContentLibrary library = new ContentLibrary(Clock.fixed(Instant.now(), ZoneOffset.UTC));
        library.settings = settings;
        library.load(0);
        return library;
    }
}

package org.gefyra.content;

import org.gefyra.shared.GefyraSettings;

/** A content library loaded for real from a folder, for tests of other features. */
public final class TestLibraries {

    private TestLibraries() {
    }

    public static ContentLibrary loaded(GefyraSettings settings) {
        ContentLibrary library = new ContentLibrary();
        library.settings = settings;
        library.reload();
        return library;
    }
}

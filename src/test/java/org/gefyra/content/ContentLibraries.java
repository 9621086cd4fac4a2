package org.gefyra.content;

import java.nio.file.Path;
import org.gefyra.shared.GefyraSettings;

/** The project's own starter modules as a loaded library, for unit tests of what uses modules. */
public final class ContentLibraries {

    private ContentLibraries() {
    }

    public static ContentLibrary starter() {
        ContentLibrary library = new ContentLibrary();
        library.settings = new GefyraSettings() {
            @Override
            public Path contentDir() {
                return Path.of("content").toAbsolutePath();
            }
        };
        library.reload();
        return library;
    }
}

package org.gefyra.content;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Whether a file really lies inside a folder: both resolved to their real paths, so that a link
 * (a symbolic link, or a folder that is one) cannot lead a module to a file elsewhere on the server.
 */
final class InsideFolder {

    private InsideFolder() {
    }

    static boolean contains(Path folder, Path file) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException | SecurityException unreadable) {
            return false;
        }
    }
}

package org.gefyra.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The modules folder of the server that {@code mvn verify} started: a copy of the project's
 * {@code content/} that tests may change, as an author would, before an administrator reloads it.
 */
public final class ContentFolder {

    private static final Path MODULES = Path.of(System.getProperty("gefyra.content.dir", "target/it-content"), "modules");

    private ContentFolder() {
    }

    /** Adds a module made from a starter module, under another id. */
    public static void copy(String starterModule, String newId) {
        Path target = MODULES.resolve(newId);
        try (Stream<Path> files = Files.walk(MODULES.resolve(starterModule))) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(MODULES.resolve(starterModule).relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            Path yaml = target.resolve("module.yaml");
            Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^id: .*$", "id: " + newId));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Adds a module whose module.yaml an author left half written. */
    public static void addBroken(String id) {
        try {
            Files.createDirectories(MODULES.resolve(id));
            Files.writeString(MODULES.resolve(id).resolve("module.yaml"), "id: " + id + "\nversion: 1\nsteps: [\n");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    public static void remove(String id) {
        Path folder = MODULES.resolve(id);
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}

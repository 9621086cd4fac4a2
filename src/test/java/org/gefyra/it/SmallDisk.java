package org.gefyra.it;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small file system of its own (a tmpfs of a fixed size, mounted on a folder), that a test fills
 * to the last byte and empties again: a disk full for real, with the operating system's own
 * "No space left on device". Mounting needs root, as the build runs in CI; elsewhere the test is
 * skipped with a message (in CI too: mounting is a privilege, not a package to install).
 */
public final class SmallDisk implements AutoCloseable {

    private final Path folder;
    private final Path filler;

    private SmallDisk(Path folder) {
        this.folder = folder;
        this.filler = folder.resolve("filler");
    }

    /** Mounts a tmpfs of this size ("48m") on the folder, which must be empty. */
    public static SmallDisk mount(Path folder, String size) {
        try {
            Files.createDirectories(folder);
            int exit = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", folder.toString()));
            if (exit != 0) {
                // Not a package .ci/run could install: a machine whose builds may not mount skips the test, even in CI.
                String why = "a small disk of its own needs mount (root): mount exited " + exit;
                System.err.println("DiskFullIT skipped: " + why);
                Assumptions.abort(why);
            }
            return new SmallDisk(folder);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Fills the disk to its last byte; returns how many bytes that took. */
    public long fill() {
        long written = 0;
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (int size = block.length; size > 0; size /= 2) {
                try {
                    while (true) {
                        out.write(block, 0, size);
                        out.flush();
                        written += size;
                    }
                } catch (IOException full) {
                    // no room for a block this size: try smaller ones
                }
            }
        } catch (IOException full) {
            // closing a file on a full disk may complain; what was written stays
        }
        return written;
    }

    /** Gives the room back. */
    public void free() {
        try {
            Files.deleteIfExists(filler);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Bytes free on the disk now. */
    public long room() {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void close() {
        try {
            run(List.of("umount", "-l", folder.toString()));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static int run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}

package org.gefyra.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The README's restore command, run as an operator runs it: Derby's own {@code ij} tool, from the
 * server's own Derby jars, making a database from a backup with {@code createFrom}.
 */
public final class DerbyRestore {

    private DerbyRestore() {
    }

    /** Restores the backed-up database folder into {@code dataDir}/derby; fails with what ij said. */
    public static void restore(Path backedUpDatabase, Path dataDir) {
        Path jars = Path.of(System.getProperty("gefyra.build.dir", "target"), "liberty", "wlp", "usr", "servers",
                "gefyra", "lib", "jdbc").toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String commands = "connect 'jdbc:derby:" + dataDir.toAbsolutePath().resolve("derby") + ";createFrom="
                + backedUpDatabase.toAbsolutePath() + "';\nexit;\n";
        try {
            Files.createDirectories(dataDir);
            Process ij = new ProcessBuilder(java, "-cp", jars + "/*", "org.apache.derby.tools.ij")
                    .directory(dataDir.toAbsolutePath().getParent().toFile()).redirectErrorStream(true).start();
            ij.getOutputStream().write(commands.getBytes(StandardCharsets.UTF_8));
            ij.getOutputStream().close();
            String said = new String(ij.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ij.waitFor(120, TimeUnit.SECONDS)) {
                ij.destroyForcibly();
            }
            assertEquals(0, ij.exitValue(), said);
            assertFalse(said.contains("ERROR"), "ij refused the restore:\n" + said);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}

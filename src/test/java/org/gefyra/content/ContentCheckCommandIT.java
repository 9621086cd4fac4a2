package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The README's command, run for real: {@code mvn -Pcheck-content -Dcontent.dir=PATH -Dlang=xx}
 * checks a folder without a server, in the author's language, and fails when something would be
 * refused. (It reuses the classes this build compiled: compiling again here would make the running
 * test server reload the application.) It neither asks the test server anything nor changes what it
 * reads, so it runs beside the other test classes.
 */
@Execution(ExecutionMode.CONCURRENT)
class ContentCheckCommandIT {

    @TempDir
    Path dir;

    @Test
    void theCommandInTheGuideChecksAFolderAndFailsOnAMistake() throws IOException, InterruptedException {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse", "en", "it").goodModule("pay-a-bill", "en");
        content.change("pay-a-bill/module.yaml", "correct: nurse", "correct: nurce");

        List<String> command = new ArrayList<>(List.of(maven(), "-q", "-B", "-Pcheck-content",
                "-Dmaven.resources.skip=true", "-Dmaven.main.skip=true",
                "-Dcontent.dir=" + dir.toAbsolutePath(), "-Dlang=it"));
        if ("build-true".equals(System.getProperty("gefyra.maven.mode"))) {
            command.add("-o");
        }
        Process maven = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(maven.waitFor(5, TimeUnit.MINUTES), "the check ends");

        assertEquals(1, maven.exitValue(), output);
        assertTrue(output.contains("book-a-nurse: può essere offerto in en, it."), output);
        assertTrue(output.contains("pay-a-bill: NON viene offerto."), output);
        assertTrue(output.contains("modules/pay-a-bill/module.yaml, riga " + content.lineOf("pay-a-bill/module.yaml", "correct:")
                + ", passo \"which-service\": la risposta corretta \"nurce\" non è tra le opzioni; deve essere una tra: "
                + "nurse, dentist, vaccination."), output);
        assertTrue(output.contains("2 moduli controllati: 1 si possono offrire, 1 rifiutati"), output);
    }

    private static String maven() {
        Path home = Path.of(System.getProperty("maven.home", "/usr/share/maven"));
        Path mvn = home.resolve("bin/mvn");
        return Files.isExecutable(mvn) ? mvn.toString() : "mvn";
    }
}

package org.gefyra.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second Liberty server that a test starts, stops and kills itself, beside the one the build
 * started: the same runtime and application (the build's loose application), its own name, port
 * and data folder, and the demo network. {@code server run} executes Java in place of the script,
 * so the process the test holds is the server's JVM, and {@link #kill()} is a real {@code kill -9}.
 */
public final class SecondServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(600);

    private final Path wlp;
    private final String name;
    private final int port;
    private final Path dataDir;
    private Process process;
    private int starts;

    private SecondServer(Path wlp, String name, int port, Path dataDir) {
        this.wlp = wlp;
        this.name = name;
        this.port = port;
        this.dataDir = dataDir;
    }

    /** A server named {@code name} on a free port, with its embedded database in {@code dataDir}. */
    public static SecondServer create(String name, Path dataDir) {
        Path wlp = Path.of(System.getProperty("gefyra.build.dir", "target"), "liberty", "wlp").toAbsolutePath();
        Path main = wlp.resolve("usr/servers/gefyra");
        Path own = wlp.resolve("usr/servers/" + name);
        if (!Files.isRegularFile(main.resolve("server.xml"))) {
            fail("No server to copy at " + main + ": run the integration tests with mvn verify");
        }
        try {
            delete(own);
            for (String file : new String[] {"server.xml", "jvm.options", "apps/gefyra.war.xml",
                    "configDropins/overrides/liberty-plugin-variable-config.xml"}) {
                copy(main.resolve(file), own.resolve(file));
            }
            for (String folder : new String[] {"lib/jdbc", "cluster"}) {
                if (Files.isDirectory(main.resolve(folder))) {
                    try (Stream<Path> files = Files.list(main.resolve(folder))) {
                        for (Path file : files.filter(Files::isRegularFile).toList()) {
                            copy(file, own.resolve(folder).resolve(file.getFileName()));
                        }
                    }
                }
            }
            int port = freePort();
            Files.writeString(own.resolve("configDropins/overrides/zz-second-server.xml"), """
                    <server>
                        <variable name="http.port" value="%d"/>
                        <applicationMonitor updateTrigger="disabled" dropinsEnabled="false"/>
                    </server>
                    """.formatted(port));
            Files.createDirectories(dataDir);
            Map<String, String> env = new LinkedHashMap<>();
            env.put("GEFYRA_DATA_DIR", dataDir.toAbsolutePath().toString());
            env.put("GEFYRA_DB_URL", "jdbc:derby:" + dataDir.toAbsolutePath().resolve("derby") + ";create=true");
            env.put("GEFYRA_DB_USER", "");
            env.put("GEFYRA_DB_PASSWORD", "");
            env.put("GEFYRA_CONTENT_DIR", Path.of(System.getProperty("gefyra.content.dir", "content")).toAbsolutePath().toString());
            env.put("GEFYRA_ADMIN_PASSWORD", Server.adminPassword());
            env.put("GEFYRA_DEMO", "true");
            // as on the build's test server: the demo network's accounts, made at the first start on an
            // empty database, hashed with a few PBKDF2 iterations instead of 210,000 (seconds of a start)
            String iterations = System.getProperty("gefyra.it.password.hash.iterations", "");
            if (!iterations.isBlank()) {
                env.put("GEFYRA_TEST_PASSWORD_HASH_ITERATIONS", iterations);
            }
            StringBuilder serverEnv = new StringBuilder();
            env.forEach((key, value) -> serverEnv.append(key).append('=').append(value).append('\n'));
            Files.writeString(own.resolve("server.env"), serverEnv);
            return new SecondServer(wlp, name, port, dataDir);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Starts the server and waits until the application is ready; returns how long that took. */
    public Duration start() {
        long began = System.nanoTime();
        Path log = wlp.resolve("usr/servers/" + name + "/console-" + (++starts) + ".log");
        try {
            process = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name)
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - began < START_TIMEOUT.toNanos()) {
            if (!process.isAlive()) {
                fail("The server " + name + " ended while starting; see " + log);
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(url("/health/ready")))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && client.send(HttpRequest.newBuilder(URI.create(url("/kiosk/start.xhtml")))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - began);
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            sleep(250);
        }
        kill();
        return fail("The server " + name + " was not ready within " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    /** Kills the server's JVM at once, as a power cut would: SIGKILL, no shutdown of anything. */
    public void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitForEnd();
        }
    }

    /** Stops the server as an operator would, letting it close the database. */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            Process stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            stop.waitFor(120, TimeUnit.SECONDS);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        waitForEnd();
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A browser-like client of this server. */
    public Http client() {
        return new Http(url(""), null);
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() {
        kill();
    }

    private void waitForEnd() {
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

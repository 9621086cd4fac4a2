package org.gefyra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A wrk-like load of signed-in learners, for machines without wrk: signs in guests on the kiosk
 * ("Try without signing in"), opens a module for each, then for a fixed time sends a learner's
 * step page with the guests' cookies in rotation (no two requests of one guest at once) and, in
 * the same run, a static CSS file from the same server. Prints req/s and latency percentiles of
 * both, and their ratio. Optionally writes the cookies for wrk ({@code src/test/bench/step.lua}).
 *
 * <pre>
 * java -cp target/test-classes org.gefyra.bench.PageLoad base=http://127.0.0.1:9080 guests=300 \
 *      connections=16 seconds=15 [static-connections=16] [cookies=target/bench/cookies.txt] \
 *      [serverPid=target/liberty/wlp/usr/servers/.pid/gefyra.pid] [reuse=true] [kiosk=TOKEN]
 * </pre>
 * With {@code static-connections=0} (or {@code connections=0}) one kind runs alone, and the server's
 * CPU time per request tells what that kind costs whatever else the machine is doing. With
 * {@code reuse=true} the guests of the cookies file are used again instead of signing in new ones.
 * With {@code kiosk=TOKEN} (the {@code gefyra-kiosk} cookie of a device made a kiosk on the
 * educator's start page) every request comes from that registered kiosk, as in a library.
 * <pre>
 * </pre>
 */
public final class PageLoad {

    public static void main(String[] args) throws Exception {
        Arguments given = Arguments.of(args);
        String base = given.text("base", "http://127.0.0.1:9080");
        String module = given.text("module", "benefits-form");
        String step = given.text("step", "welcome");
        int guests = given.number("guests", 300);
        int connections = given.number("connections", 16);
        int staticConnections = given.number("static-connections", connections);
        int seconds = given.number("seconds", 15);
        String stepPath = "/learn/step.xhtml?module=" + module + "&step=" + step;
        String staticPath = given.text("static", "/static/css/gefyra.css");

        Path file = given.has("cookies") ? Path.of(given.text("cookies", "")) : null;
        ConcurrentLinkedQueue<String> cookies;
        if (file != null && given.text("reuse", "false").equals("true") && Files.exists(file)) {
            cookies = new ConcurrentLinkedQueue<>(Files.readAllLines(file)); // the guests of an earlier run, still signed in
        } else {
            cookies = new ConcurrentLinkedQueue<>(signIn(base, guests, module, given.text("kiosk", null)));
        }
        if (file != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, cookies);
        }
        for (String cookie : cookies) { // warm up: every guest's step page once
            HttpConnection.once(base, stepPath, cookie);
        }
        System.out.printf("%d guests signed in; %d s, %d connections on %s and %d on %s%n", cookies.size(), seconds,
                connections, stepPath, staticConnections, staticPath);

        ServerUsage server = ServerUsage.of(given.text("serverPid", null));
        server.start();
        AtomicBoolean running = new AtomicBoolean(true);
        List<LoadStream> streams = List.of(
                new LoadStream("step page", base, connections, () -> stepPath, cookies, running),
                new LoadStream("static CSS", base, staticConnections, () -> staticPath, null, running));
        long start = System.nanoTime();
        streams.forEach(LoadStream::start);
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (LoadStream stream : streams) {
            stream.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        for (LoadStream stream : streams) {
            System.out.println(stream.summary(elapsed));
        }
        double ratio = streams.get(0).count() / (double) Math.max(1, streams.get(1).count());
        System.out.printf("step page / static file: %.2f%n", ratio);
        double cpuSeconds = server.report();
        long requests = streams.stream().mapToLong(LoadStream::count).sum();
        if (cpuSeconds > 0 && requests > 0) {
            System.out.printf("server CPU per request (both kinds together): %.3f ms%n", cpuSeconds * 1000 / requests);
        }
    }

    /** Signs in guests on the kiosk start page and opens the module for each; returns their cookies. */
    static List<String> signIn(String base, int guests, String module, String kiosk) throws IOException {
        String device = kiosk == null ? null : "gefyra-kiosk=" + kiosk;
        List<String> cookies = new ArrayList<>();
        for (int i = 0; i < guests; i++) {
            HttpConnection.Response signedIn = HttpConnection.post(base, "/kiosk/start.xhtml", device,
                    Map.of("guest", "guest", "guest:try", "try", "jakarta.faces.ViewState", "stateless"));
            String session = signedIn.cookie("JSESSIONID");
            if (session == null) {
                throw new IllegalStateException("The kiosk gave no session: " + signedIn.status());
            }
            String cookie = device == null ? session : session + "; " + device;
            HttpConnection.post(base, "/learn/module.xhtml", cookie, Map.of("id", module, "module", "module",
                    "module:skip", "skip", "jakarta.faces.ViewState", "stateless"));
            cookies.add(cookie);
        }
        return cookies;
    }
}

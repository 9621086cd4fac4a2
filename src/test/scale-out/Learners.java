import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Drives learners through two Gefyra servers and the load balancer in front of them, with plain
 * HTTP as a browser sends it, and checks what several servers must get right. Run by run.sh (which
 * starts everything); it needs only the JDK and PostgreSQL's JDBC driver on the class path.
 *
 *   java -cp postgresql.jar Learners.java balancer=URL server1=URL server2=URL content=DIR
 *        admin=PASSWORD db=JDBC-URL kill=PID learners=N seconds=S load-seconds=S
 *
 * Exits 1 when a check fails; prints the figures either way.
 */
public class Learners {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    static final Pattern STEP_SHOWN = Pattern.compile("class=\"step-progress\" max=\"(\\d+)\" value=\"(\\d+)\"");
    static final List<String> FAILURES = Collections.synchronizedList(new ArrayList<>());
    static List<String> SERVER_PIDS = List.of();

    public static void main(String[] args) throws Exception {
        Map<String, String> arg = Stream.of(args).map(a -> a.split("=", 2))
                .collect(Collectors.toMap(a -> a[0], a -> a[1]));
        String balancer = arg.get("balancer");
        String server1 = arg.get("server1");
        String server2 = arg.get("server2");
        Path content = Path.of(arg.get("content"));
        Map<String, List<String>> modules = modules(content);
        int loadSeconds = Integer.parseInt(arg.get("load-seconds"));
        int concurrent = Integer.parseInt(arg.getOrDefault("load-learners", "16"));
        List<Load> loads = new ArrayList<>();
        SERVER_PIDS = List.of(arg.getOrDefault("pids", "").split(","));

        if (arg.get("mode").equals("alone")) {
            System.out.println("== Step pages, learners without a pause (" + loadSeconds + " s)");
            loads.add(load("one server alone (no cluster)", server1, concurrent, loadSeconds, modules));
        } else {
            System.out.println("== Several servers: the same answers on both");
            signInLimitsAreShared(server1, server2);
            contentReloadReachesTheOtherServer(server1, server2, arg.get("admin"), content);
            learnerMovingBetweenServersContinues(server1, server2, modules);
            Thread idle = new Thread(() -> idleSessionEndsOnBothServers(server1, server2));
            idle.start();

            System.out.println("== Step pages, learners without a pause (" + loadSeconds + " s each)");
            loads.add(load("one of two clustered servers, directly", server1, concurrent, loadSeconds, modules));
            loads.add(load("two clustered servers behind HAProxy", balancer, concurrent, loadSeconds, modules));
            idle.join();

            System.out.println("== Server 1 killed (kill -9) while learners are mid-module");
            killWhileLearning(balancer, arg, modules);
        }

        System.out.println();
        System.out.printf("| step pages, %d learners without a pause | pages/s | median | 99th percentile | errors"
                + " | server processor time per page |%n", concurrent);
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (Load load : loads) {
            System.out.printf("| %s | %.0f | %d ms | %d ms | %d | %.1f ms |%n", load.what, load.perSecond(),
                    load.percentile(50), load.percentile(99), load.errors, load.cpuPerPage());
        }
        System.out.println();
        if (FAILURES.isEmpty()) {
            System.out.println("Every check passed.");
            System.exit(0);
        } else {
            System.out.println(FAILURES.size() + " checks FAILED:");
            FAILURES.forEach(f -> System.out.println("  - " + f));
            System.exit(1);
        }
    }

    // ---- checks across servers

    /** Five wrong passwords, spread over both servers, hold up the right one on both. */
    static void signInLimitsAreShared(String server1, String server2) {
        String user = "dimitra";
        String right = "gefyra-demo";
        check(basic(server1, user, right) == 403, "dimitra's right password is accepted before (403: not an administrator)");
        for (int i = 0; i < 5; i++) {
            basic(i % 2 == 0 ? server1 : server2, user, "wrong-" + i);
        }
        int on1 = basic(server1, user, right);
        int on2 = basic(server2, user, right);
        check(on1 == 401 && on2 == 401, "after 5 wrong passwords spread over both servers, both hold up the right one"
                + " (answered " + on1 + " and " + on2 + ")");
    }

    /** The administrator reloads on server 1; server 2 offers the new module within seconds. */
    static void contentReloadReachesTheOtherServer(String server1, String server2, String admin, Path content)
            throws IOException, InterruptedException {
        Path from = content.resolve("modules/benefits-form");
        Path to = content.resolve("modules/scale-out-check");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path yaml = to.resolve("module.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("id: benefits-form", "id: scale-out-check"));
        check(!get(server2 + "/api/modules?lang=en", Map.of()).body().contains("scale-out-check"), "server 2 does not offer the new module before the reload");
        HttpResponse<String> reload = send(HttpRequest.newBuilder(URI.create(server1 + "/api/admin/content/reload"))
                .header("Authorization", basicHeader("admin", admin)).header("X-Requested-By", "scale-out")
                .POST(HttpRequest.BodyPublishers.noBody()));
        check(reload.statusCode() == 200, "the administrator reloads the content on server 1 (" + reload.statusCode() + ")");
        long start = System.nanoTime();
        boolean seen = false;
        while (!seen && System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) {
            Thread.sleep(250);
            seen = get(server2 + "/api/modules?lang=en", Map.of()).body().contains("scale-out-check");
        }
        check(seen, String.format("server 2 offers the new module %.1f s after the reload on server 1",
                (System.nanoTime() - start) / 1e9));
    }

    /** A learner whose every request goes to the other server than the last: no balancer, no affinity. */
    static void learnerMovingBetweenServersContinues(String server1, String server2, Map<String, List<String>> modules) {
        Learner learner = new Learner(0, server1, modules);
        learner.signInAsGuest();
        String module = learner.module();
        learner.start();
        List<String> steps = modules.get(module);
        int shown = 0;
        for (int i = 0; i < steps.size(); i++) {
            learner.base = i % 2 == 0 ? server2 : server1;
            if (learner.viewStep()) {
                shown++;
            } else {
                System.out.println("  step " + (i + 1) + ": " + learner.lastProblem);
            }
            if (i < steps.size() - 1) {
                learner.next();
            }
        }
        check(shown == steps.size(), "a learner whose requests alternate between the servers sees every step of "
                + module + " (" + shown + " of " + steps.size() + ")");
        learner.base = server2;
        check(learner.continuesAt().equals(steps.get(steps.size() - 1)),
                "and, continuing, is taken to the last step seen");
    }

    /** The server-side idle timeout (the kiosk guard) is the same on both: a session left alone ends everywhere. */
    static void idleSessionEndsOnBothServers(String server1, String server2) {
        Learner learner = new Learner(0, server1, Map.of());
        learner.signInAsGuest();
        check(learner.page(server2, "/learn/index.xhtml").statusCode() == 200, "a guest signed in on server 1 is signed in on server 2");
        sleep(Duration.ofSeconds(75));
        HttpResponse<String> after = learner.page(server2, "/learn/index.xhtml");
        check(after.statusCode() == 302 && after.headers().firstValue("Location").orElse("").contains("/kiosk/"),
                "after the kiosk's idle time, the guest's session has ended on server 2 too (" + after.statusCode() + ")");
    }

    // ---- load

    record Load(String what, List<Long> millis, int errors, double seconds, double cpuMillis) {
        double perSecond() {
            return millis.size() / seconds;
        }

        /** The servers' processor time per step page: a figure that holds on a machine shared with other work. */
        double cpuPerPage() {
            return millis.isEmpty() ? 0 : cpuMillis / millis.size();
        }

        long percentile(int p) {
            List<Long> sorted = millis.stream().sorted().toList();
            return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
        }
    }

    static Load load(String what, String base, int concurrent, int seconds, Map<String, List<String>> modules)
            throws Exception {
        List<Learner> learners = signedIn(concurrent, base, modules);
        List<Long> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        warmUp(learners);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(concurrent);
        long start = System.nanoTime();
        long cpuBefore = cpuMillis(SERVER_PIDS);
        for (Learner learner : learners) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (learner.viewStep()) {
                        millis.add(learner.lastMillis);
                        learner.next();
                    } else if (errors.incrementAndGet() <= 3) {
                        problems.add(learner.lastProblem);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, java.util.concurrent.TimeUnit.SECONDS);
        Load load = new Load(what, List.copyOf(millis), errors.get(), (System.nanoTime() - start) / 1e9,
                cpuMillis(SERVER_PIDS) - cpuBefore);
        System.out.printf("%s: %.0f step pages/s, median %d ms, 99th percentile %d ms, %d errors, %.1f ms of server"
                + " processor time per page%n", what, load.perSecond(), load.percentile(50), load.percentile(99),
                load.errors, load.cpuPerPage());
        problems.forEach(problem -> System.out.println("  error: " + problem));
        learners.forEach(Learner::signOut);
        return load;
    }

    /** Guests signed in at once, each with a module started, as a class arriving at the kiosks. */
    static List<Learner> signedIn(int count, String base, Map<String, List<String>> modules) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 16));
        List<Future<Learner>> arriving = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int number = i;
            arriving.add(pool.submit(() -> {
                Learner learner = new Learner(number, base, modules);
                learner.signInAsGuest();
                learner.start();
                return learner;
            }));
        }
        List<Learner> learners = new ArrayList<>();
        for (Future<Learner> learner : arriving) {
            learners.add(learner.get());
        }
        pool.shutdown();
        return learners;
    }

    /** The servers compile their hot paths first: each learner goes through a module, unmeasured. */
    static void warmUp(List<Learner> learners) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(learners.size());
        for (Learner learner : learners) {
            pool.submit(() -> {
                for (int i = 0; i < 8; i++) {
                    if (learner.viewStep()) {
                        learner.next();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
    }

    // ---- losing a server

    static void killWhileLearning(String balancer, Map<String, String> arg, Map<String, List<String>> modules)
            throws Exception {
        int count = Integer.parseInt(arg.get("learners"));
        int seconds = Integer.parseInt(arg.get("seconds"));
        List<Learner> learners = signedIn(count, balancer, modules);
        long onServer1 = learners.stream().filter(l -> l.cookies.getOrDefault("JSESSIONID", "").startsWith("s1~")).count();
        System.out.println(count + " guests signed in through the balancer: " + onServer1 + " on server 1, "
                + (count - onServer1) + " on server 2");
        long before = viewedEvents(arg.get("db"));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean killed = new AtomicBoolean();
        Map<Learner, Integer> retried = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(count);
        List<Future<?>> running = new ArrayList<>();
        for (Learner learner : learners) {
            running.add(pool.submit(() -> {
                while (!stop.get()) {
                    int tries = 0;
                    while (!learner.viewStep() && !learner.signedOut && ++tries < 20) {
                        retried.merge(learner, 1, Integer::sum);
                        sleep(Duration.ofMillis(500));
                    }
                    if (learner.signedOut || tries >= 20) {
                        return;
                    }
                    learner.next();
                    sleep(Duration.ofMillis(150 + learner.number * 7 % 100));
                }
            }));
        }
        long start = System.nanoTime();
        sleep(Duration.ofSeconds(seconds / 2));
        int ackedBeforeKill = learners.stream().mapToInt(l -> l.acknowledged.get()).sum();
        new ProcessBuilder("kill", "-9", arg.get("kill")).inheritIO().start().waitFor();
        killed.set(true);
        System.out.printf("Killed server 1 (process %s) after %.1f s, %d step pages acknowledged until then%n",
                arg.get("kill"), (System.nanoTime() - start) / 1e9, ackedBeforeKill);
        sleep(Duration.ofSeconds(seconds - seconds / 2));
        stop.set(true);
        for (Future<?> learner : running) {
            learner.get();
        }
        pool.shutdown();
        int acknowledged = learners.stream().mapToInt(l -> l.acknowledged.get()).sum();
        int afterKill = acknowledged - ackedBeforeKill;
        long signedOut = learners.stream().filter(l -> l.signedOut).count();
        int wrongStep = 0;
        for (Learner learner : learners) {
            if (!learner.signedOut) {
                String at = learner.continuesAt();
                if (!at.equals(learner.lastAcknowledged) && !at.equals(learner.lastTried)) {
                    wrongStep++;
                    System.out.println("learner " + learner.number + " continues at " + at + ", last seen "
                            + learner.lastAcknowledged);
                }
            }
        }
        long recorded = viewedEvents(arg.get("db")) - before;
        int retries = retried.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%d step pages acknowledged (%d after the kill), %d recorded in the database;"
                + " %d requests had to be repeated by a learner; %d learners lost their session; %d continue at a wrong step%n",
                acknowledged, afterKill, recorded, retries, signedOut, wrongStep);
        check(afterKill > 0, "learners carried on after server 1 was killed");
        check(signedOut == 0, "no learner lost their session with server 1 (" + signedOut + " did)");
        check(wrongStep == 0, "every learner continues at the step they last saw (" + wrongStep + " do not)");
        check(recorded >= acknowledged, "every acknowledged step page is in the database (" + recorded + " recorded, "
                + acknowledged + " acknowledged)");
        learners.forEach(Learner::signOut);
    }

    /** User and system time of the server processes so far, from /proc (Linux; 100 ticks a second). */
    static long cpuMillis(List<String> pids) {
        long ticks = 0;
        for (String pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", pid, "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException gone) {
                // a server that was killed no longer counts
            }
        }
        return ticks * 10;
    }

    static long viewedEvents(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "gefyra", "gefyra");
                ResultSet count = db.createStatement().executeQuery("select count(*) from learning_event where verb = 'VIEWED'")) {
            count.next();
            return count.getLong(1);
        }
    }

    // ---- one learner, as a browser

    static final class Learner {
        final int number;
        final Map<String, String> cookies = new ConcurrentHashMap<>();
        final List<String> order;
        final Map<String, List<String>> modules;
        final AtomicInteger acknowledged = new AtomicInteger();
        String base;
        int module;
        int step;
        String lastAcknowledged = "";
        String lastAcknowledgedModule = "";
        String lastTried = "";
        long lastMillis;
        String lastProblem = "";
        boolean needsStart;
        volatile boolean signedOut;

        Learner(int number, String base, Map<String, List<String>> modules) {
            this.number = number;
            this.base = base;
            this.modules = modules;
            List<String> ids = new ArrayList<>(modules.keySet());
            if (!ids.isEmpty()) {
                Collections.rotate(ids, number % ids.size());
            }
            this.order = ids;
        }

        String module() {
            return order.get(module % order.size());
        }

        void signInAsGuest() {
            HttpResponse<String> page = page(base, "/kiosk/start.xhtml");
            Matcher form = Pattern.compile("<form id=\"guest\"[^>]*\\saction=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                    .matcher(page.body());
            Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
            if (!form.find() || !state.find()) {
                throw new IllegalStateException("No guest form on " + base + "/kiosk/start.xhtml (" + page.statusCode() + ")");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(form.group(2));
            while (hidden.find()) {
                fields.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
            }
            fields.put("jakarta.faces.ViewState", state.group(1));
            fields.put("guest", "guest");
            fields.put("guest:try", "try");
            HttpResponse<String> signedIn = post(base, form.group(1).replace("&amp;", "&"), fields);
            if (signedIn.statusCode() != 302 || !cookies.containsKey("JSESSIONID")) {
                throw new IllegalStateException("Signing in as a guest answered " + signedIn.statusCode());
            }
        }

        /** Rates the module's "I can" statement, which starts it at its first step; or continues a module begun before. */
        void start() {
            step = 0;
            needsStart = true;
            HttpResponse<String> started = post(base, "/learn/module.xhtml", Map.of("id", module(), "module", "module",
                    "module:rate3", "rate3", "jakarta.faces.ViewState", "stateless"));
            if (started.statusCode() == 200 && started.body().contains("name=\"module:continue\"")) {
                // begun before (the learner came back to it): the page offers "Continue" instead of the rating
                started = post(base, "/learn/module.xhtml", Map.of("id", module(), "module", "module",
                        "module:continue", "continue", "jakarta.faces.ViewState", "stateless"));
            }
            if (started.statusCode() != 302) {
                throw new IllegalStateException("Starting " + module() + " answered " + started.statusCode());
            }
            needsStart = false;
        }

        String stepAddress() {
            return "/learn/step.xhtml?module=" + module() + "&step=" + modules.get(module()).get(step);
        }

        /** Shows the current step; true when the server showed it (acknowledged: recorded). */
        boolean viewStep() {
            String stepId = modules.get(module()).get(step);
            lastTried = stepId;
            HttpResponse<String> page;
            try {
                if (needsStart) {
                    start();
                }
                long t = System.nanoTime();
                page = page(base, stepAddress());
                lastMillis = (System.nanoTime() - t) / 1_000_000;
            } catch (RuntimeException noAnswer) {
                lastProblem = noAnswer.getMessage();
                return false;
            }
            if (page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").contains("/kiosk/")) {
                signedOut = true;
                lastProblem = stepAddress() + " on " + base + ": signed out (to " + page.headers().firstValue("Location").get()
                        + ", cookies sent: " + cookieHeader(base) + ")";
                return false;
            }
            Matcher shown = STEP_SHOWN.matcher(page.body());
            if (page.statusCode() != 200 || !shown.find() || Integer.parseInt(shown.group(2)) != step + 1) {
                lastProblem = stepAddress() + " answered " + page.statusCode() + " "
                        + page.headers().firstValue("Location").orElse("");
                return false;
            }
            lastAcknowledged = stepId;
            lastAcknowledgedModule = module();
            acknowledged.incrementAndGet();
            return true;
        }

        /** The next step, or the first of the next module (started with a rating). */
        void next() {
            if (step + 1 < modules.get(module()).size()) {
                step++;
            } else {
                module++;
                step = 0;
                needsStart = true;
            }
        }

        /** Where the server takes the learner who presses Continue on the module of the step they last saw. */
        String continuesAt() {
            HttpResponse<String> answer = post(base, "/learn/module.xhtml", Map.of("id", lastAcknowledgedModule, "module", "module",
                    "module:continue", "continue", "jakarta.faces.ViewState", "stateless"));
            Matcher step = Pattern.compile("[?&]step=([^&]+)").matcher(answer.headers().firstValue("Location").orElse(""));
            return step.find() ? step.group(1) : "(answered " + answer.statusCode() + ")";
        }

        void signOut() {
            try {
                post(base, "/sign-out", Map.of());
            } catch (RuntimeException ignored) {
                // the server is gone; so is the session, once it times out
            }
        }

        HttpResponse<String> page(String server, String path) {
            return remember(send(HttpRequest.newBuilder(URI.create(server + path)).header("Cookie", cookieHeader(server))
                    .header("Accept-Language", "en").GET()));
        }

        HttpResponse<String> post(String server, String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return remember(send(HttpRequest.newBuilder(URI.create(server + path)).header("Cookie", cookieHeader(server))
                    .header("Accept-Language", "en").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))));
        }

        /** Straight to a server, the balancer's letter in front of the session id goes, as the balancer strips it. */
        private String cookieHeader(String server) {
            return cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + (server.equals(base) || !c.getKey().equals("JSESSIONID") ? c.getValue()
                            : c.getValue().replaceFirst("^s[0-9]+~", "")))
                    .collect(Collectors.joining("; "));
        }

        private HttpResponse<String> remember(HttpResponse<String> response) {
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                if (value.isEmpty() || set.toLowerCase().contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }
    }

    // ---- plumbing

    static Map<String, List<String>> modules(Path content) throws IOException {
        Map<String, List<String>> modules = new LinkedHashMap<>();
        try (Stream<Path> folders = Files.list(content.resolve("modules"))) {
            for (Path folder : folders.sorted().toList()) {
                Path yaml = folder.resolve("module.yaml");
                if (Files.exists(yaml)) {
                    List<String> steps = Files.readAllLines(yaml).stream().filter(l -> l.matches("^  - id: \\S+\\s*$"))
                            .map(l -> l.substring(l.indexOf(':') + 1).trim()).toList();
                    modules.put(folder.getFileName().toString(), steps);
                }
            }
        }
        return modules;
    }

    static int basic(String server, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(server + "/api/admin/content"))
                .header("Authorization", basicHeader(user, password)).GET()).statusCode();
    }

    static String basicHeader(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failed) {
            throw new IllegalStateException("No answer: " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    static void check(boolean passed, String what) {
        System.out.println((passed ? "  ok    " : "  FAIL  ") + what);
        if (!passed) {
            FAILURES.add(what);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

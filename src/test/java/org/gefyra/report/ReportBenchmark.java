package org.gefyra.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.TestLibraries;
import org.gefyra.organisation.OrganisationServices;
import org.gefyra.shared.TestSettings;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/**
 * Times every report on the database the server would use (GEFYRA_DB_URL, else the Derby folder in
 * GEFYRA_DATA_DIR; stop the server first for Derby): the dashboard, the table by each dimension,
 * the comparisons and the learners' view, over the last twelve months, for an administrator (every
 * organisation), a network-wide coordinator and a coordinator of one organisation, as the pages ask
 * ReportService. Each is asked {@code -Drounds=3} times; it prints the first (cold) time and the
 * best of the others; {@code -Dmigrate=true} first applies the migrations the database lacks (the data generator
 * made it with those of its day). The command is in the README's Performance section.
 */
public final class ReportBenchmark {

    /** Held here: a logger nobody holds may be collected, and its level with it. */
    private static java.util.logging.Logger queries;

    private ReportBenchmark() {
    }

    public static void main(String[] args) {
        String url = env("GEFYRA_DB_URL", "jdbc:derby:" + env("GEFYRA_DATA_DIR", System.getProperty("user.home")
                + "/.gefyra/data") + "/derby");
        Map<String, String> connection = PreparedTables.connection(url);
        if (!url.startsWith("jdbc:postgresql:")) {
            // as the server's jvm.options set them
            System.setProperty("derby.storage.pageCacheSize", System.getProperty("derby.storage.pageCacheSize", "16000"));
            System.setProperty("derby.language.maxMemoryPerTable",
                    System.getProperty("derby.language.maxMemoryPerTable", "16384"));
        }
        if (Boolean.getBoolean("migrate")) { // -Dmigrate=true: bring the schema to this build's migrations first
            org.gefyra.shared.persistence.DatabaseMigration.migrate(org.gefyra.bench.generate.GenerateNetwork.dataSource(url,
                    env("GEFYRA_DB_USER", ""), env("GEFYRA_DB_PASSWORD", "")));
        }
        int rounds = Integer.getInteger("rounds", 3);
        if (Boolean.getBoolean("queries")) { // -Dqueries=true: the time of every query, to find the slow ones
            queries = java.util.logging.Logger.getLogger("org.gefyra.report.ReportQueries");
            java.util.logging.ConsoleHandler handler = new java.util.logging.ConsoleHandler();
            handler.setLevel(java.util.logging.Level.FINE);
            handler.setFormatter(new java.util.logging.Formatter() {
                @Override
                public String format(java.util.logging.LogRecord record) {
                    return "    " + record.getMessage() + System.lineSeparator();
                }
            });
            queries.addHandler(handler);
            queries.setLevel(java.util.logging.Level.FINE);
            queries.setUseParentHandlers(false);
        }
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("gefyra-test", connection);
        EntityManager em = factory.createEntityManager();
        try {
            ReportService reports = service(em);
            // what the server's background turn would build (after -Dmigrate=true, say), timed, before any report;
            // -Dbuild=false: none (the reports then read today's queries for what is behind)
            if (!"false".equals(System.getProperty("build"))) {
                double cpuBefore = postgresCpu();
                PreparedTables.build(reports);
                if (cpuFolder() != null) {
                    System.out.printf(Locale.ROOT, "  (PostgreSQL CPU %.1f s)%n", postgresCpu() - cpuBefore);
                }
            }
            Object[] counts = java.util.stream.Stream.of("learner", "learning_event", "report_learning_day", "learning_session")
                    .map(table -> em.createNativeQuery("select count(*) from " + table).getSingleResult()).toArray();
            System.out.printf(Locale.ROOT, "%s: %,d learners, %,d learning events, %,d learning days, %,d sessions%n",
                    url.replaceAll("password=[^;&]*", "password=..."), number(counts[0]), number(counts[1]),
                    number(counts[2]), number(counts[3]));
            Object[] coordinator = (Object[]) em.createNativeQuery("select s.id, s.organisation_id, o.network_id from "
                    + "staff_account s join organisation o on o.id = s.organisation_id where s.role = 'COORDINATOR' "
                    + "order by s.id desc").setMaxResults(1).getSingleResult();
            long organisation = number(coordinator[1]);
            long network = number(coordinator[2]);
            Map<String, Caller> callers = new LinkedHashMap<>();
            callers.put("administrator", Caller.staff(0, Role.ADMIN, "Benchmark", null, null, false));
            callers.put("network coordinator", Caller.staff(number(coordinator[0]), Role.COORDINATOR, "Benchmark",
                    organisation, network, true));
            callers.put("coordinator", Caller.staff(number(coordinator[0]), Role.COORDINATOR, "Benchmark", organisation,
                    network, false));
            ReportFilter filter = ReportFilter.of(Period.lastTwelveMonths(LocalDate.now()));
            long slowest = 0;
            String slowestName = "";
            for (Map.Entry<String, Caller> caller : callers.entrySet()) {
                int organisations = reports.visibleOrganisations(caller.getValue()).size();
                System.out.printf(Locale.ROOT, "%n%s (%d organisations)%n", caller.getKey(), organisations);
                for (Asked asked : asked()) {
                    if (!asked.name().contains(System.getProperty("only", ""))
                            || !caller.getKey().startsWith(System.getProperty("who", ""))) {
                        continue;
                    }
                    long[] times = new long[rounds];
                    long[] threadCpu = new long[rounds];
                    double cpuAfterFirst = 0;
                    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                    for (int r = 0; r < rounds; r++) {
                        long start = System.nanoTime();
                        long cpuStart = threads.getCurrentThreadCpuTime();
                        inTransaction(em, () -> reports.report(caller.getValue(), asked.kind(), filter, asked.by(),
                                Locale.ENGLISH));
                        times[r] = (System.nanoTime() - start) / 1_000_000;
                        threadCpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
                        if (r == 0) {
                            cpuAfterFirst = postgresCpu();
                        }
                    }
                    long best = times.length > 1 ? java.util.Arrays.stream(times, 1, times.length).min().orElseThrow()
                            : times[0];
                    // embedded Derby answers in this thread: its processor time holds on a busy machine, where wall time does not
                    String cpu = cpuFolder() == null || rounds < 2
                            ? String.format(Locale.ROOT, " (this thread's CPU %,d ms)", threadCpu.length > 1
                                    ? java.util.Arrays.stream(threadCpu, 1, threadCpu.length).min().orElseThrow() : threadCpu[0])
                            : String.format(Locale.ROOT, ", PostgreSQL CPU %,d ms a time",
                                    Math.round((postgresCpu() - cpuAfterFirst) * 1000 / (rounds - 1)));
                    System.out.printf(Locale.ROOT, "  %-34s first %,6d ms, then %,6d ms%s%n", asked.name(), times[0], best,
                            cpu);
                    if (best > slowest) {
                        slowest = best;
                        slowestName = caller.getKey() + ", " + asked.name();
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%nSlowest after the first time: %s, %,d ms%n", slowestName, slowest);
        } finally {
            em.close();
            factory.close();
        }
    }

    /** The folder of {@code -Dcpu=FOLDER}, or null (the Maven profile passes an empty one when none is given). */
    private static String cpuFolder() {
        String folder = System.getProperty("cpu", "");
        return folder.isBlank() ? null : folder;
    }

    /**
     * With {@code -Dcpu=FOLDER} (a PostgreSQL cluster's data folder on this machine, Linux): the processor
     * seconds its processes used so far (the postmaster, the children it reaped, the live ones: this
     * benchmark's backend and parallel workers), which hold on a shared machine where wall time does not.
     */
    private static double postgresCpu() {
        String folder = cpuFolder();
        if (folder == null) {
            return 0;
        }
        try {
            String postmaster = java.nio.file.Files.readAllLines(java.nio.file.Path.of(folder, "postmaster.pid")).get(0).strip();
            long ticks = ticks(postmaster, true);
            String children = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", postmaster, "task", postmaster,
                    "children")).strip();
            for (String child : children.isEmpty() ? new String[0] : children.split(" ")) {
                ticks += ticks(child, false);
            }
            return ticks / 100.0; // USER_HZ
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A process's user and system ticks (and its reaped children's), from /proc; 0 when it ended meanwhile. */
    private static long ticks(String pid, boolean withChildren) {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** A report as a page asks for it. */
    private record Asked(String name, ReportKind kind, Dimension by) {
    }

    private static List<Asked> asked() {
        List<Asked> asked = new ArrayList<>();
        asked.add(new Asked("dashboard", ReportKind.DASHBOARD, null));
        for (Dimension by : ReportKind.TABLE.choices()) {
            asked.add(new Asked("table by " + by.name().toLowerCase(Locale.ROOT), ReportKind.TABLE, by));
        }
        for (Dimension by : ReportKind.COMPARE.choices()) {
            asked.add(new Asked("compare by " + by.name().toLowerCase(Locale.ROOT), ReportKind.COMPARE, by));
        }
        asked.add(new Asked("learners' view", ReportKind.FEEDBACK, null));
        return asked;
    }

    /** The report service on an entity manager, wired as the container wires it. */
    static ReportService service(EntityManager em) {
        ContentLibrary library = TestLibraries.loaded(TestSettings.withContent(env("GEFYRA_CONTENT_DIR", "content"),
                "https://reports.example/xapi"));
        ReportLabels labels = new ReportLabels();
        labels.em = em;
        labels.library = library;
        CompetenceTable competences = new CompetenceTable();
        competences.em = em;
        competences.library = library;
        ReportRollup rollup = new ReportRollup();
        rollup.em = em;
        ReportService reports = new ReportService();
        reports.rollup = rollup;
        reports.em = em;
        reports.organisations = OrganisationServices.on(em);
        reports.competences = competences;
        reports.labels = labels;
        return reports;
    }

    private static <T> T inTransaction(EntityManager em, Supplier<T> work) {
        em.getTransaction().begin();
        try {
            return work.get();
        } finally {
            em.getTransaction().commit();
            em.clear();
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}

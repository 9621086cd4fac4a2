package org.gefyra.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds every prepared report table that is behind, as the server's background turn does
 * ({@link ReportBuilds}), but at once: at the end of the data generator, so that a generated database
 * reports fast from its first report, and before the report benchmark times anything.
 */
public final class PreparedTables {

    private PreparedTables() {
    }

    /** The persistence properties of the database at {@code url} (user and password from the environment). */
    static Map<String, String> connection(String url) {
        Map<String, String> connection = new LinkedHashMap<>();
        connection.put("jakarta.persistence.jdbc.url", url);
        if (url.startsWith("jdbc:postgresql:")) {
            connection.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
            connection.put("jakarta.persistence.jdbc.user", env("GEFYRA_DB_USER", ""));
            connection.put("jakarta.persistence.jdbc.password", env("GEFYRA_DB_PASSWORD", ""));
        }
        return connection;
    }

    /** On the database at {@code url}: the modules' competences copied, then every table behind built. */
    public static void build(String url) {
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("gefyra-test", connection(url));
        EntityManager em = factory.createEntityManager();
        try {
            build(ReportBenchmark.service(em));
        } finally {
            em.close();
            factory.close();
        }
    }

    /** With a report service wired by hand: builds what is behind, and says how long it took. */
    static void build(ReportService reports) {
        EntityManager em = reports.em;
        em.getTransaction().begin();
        reports.competences.bringUpToDate();
        em.getTransaction().commit();
        if (!reports.rollup.behind()) {
            System.out.println("The prepared report tables are in step with the learning days.");
            return;
        }
        long start = System.nanoTime();
        em.getTransaction().begin();
        long folded = reports.rollup.catchUp();
        em.getTransaction().commit();
        em.clear();
        System.out.printf(Locale.ROOT, "Prepared report tables built up to learning event %,d in %,d ms%n", folded,
                (System.nanoTime() - start) / 1_000_000);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}

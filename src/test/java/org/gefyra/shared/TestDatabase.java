package org.gefyra.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.gefyra.shared.persistence.DatabaseMigration;

/**
 * A fresh in-memory Derby database for one test class (or a PostgreSQL schema), with the schema made by the real Flyway
 * migrations, and an entity manager to run services against in Java SE.
 */
public final class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;
    public final EntityManager em;
    /** The same database for plain JDBC, as the learning journal writes it. */
    public final DataSource dataSource;

    public TestDatabase() {
        this(Template.copy("memory:gefyra-" + UUID.randomUUID()));
    }

    private TestDatabase(EmbeddedDataSource copy) {
        this(copy, Map.of("jakarta.persistence.jdbc.url", "jdbc:derby:" + copy.getDatabaseName()));
    }

    /** An embedded Derby database by its name (a folder, or memory:...), made or brought up to date. */
    public TestDatabase(String name) {
        this(derby(name), Map.of("jakarta.persistence.jdbc.url", "jdbc:derby:" + name));
    }

    /**
     * A database with data of an older schema: migrated up to {@code version}, given the rows
     * {@code before} writes, then migrated to the latest, as a real database would be.
     */
    public TestDatabase(String version, Consumer<DataSource> before) {
        this(olderSchema(version, before), "memory:gefyra-" + UUID.randomUUID());
    }

    private TestDatabase(Consumer<DataSource> prepare, String name) {
        this(prepared(derby(name), prepare), Map.of("jakarta.persistence.jdbc.url", "jdbc:derby:" + name));
    }

    private TestDatabase(DataSource dataSource, Map<String, String> connection) {
        DatabaseMigration.migrate(dataSource);
        this.dataSource = dataSource;
        factory = Persistence.createEntityManagerFactory("gefyra-test", connection);
        em = factory.createEntityManager();
    }

    private static Consumer<DataSource> olderSchema(String version, Consumer<DataSource> before) {
        return dataSource -> {
            if (version != null) {
                Flyway.configure(DatabaseMigration.class.getClassLoader()).dataSource(dataSource)
                        .locations("classpath:db/migration").target(version).load().migrate();
                before.accept(dataSource);
            }
        };
    }

    private static DataSource prepared(DataSource dataSource, Consumer<DataSource> prepare) {
        prepare.accept(dataSource);
        return dataSource;
    }

    /**
     * Made from a backup of one database migrated once per test JVM: the migrations take most of
     * a fresh database's time, and each test class (or test) makes its own. The copy is migrated
     * again all the same, which finds nothing to do, as a server's start does on its database.
     */
    private static final class Template {

        private static Path backup;

        static synchronized EmbeddedDataSource copy(String name) {
            if (backup == null) {
                backup = made();
            }
            try {
                DriverManager.getConnection("jdbc:derby:" + name + ";createFrom=" + backup).close();
            } catch (SQLException failed) {
                throw new IllegalStateException("Cannot copy the migrated database into " + name, failed);
            }
            EmbeddedDataSource copied = new EmbeddedDataSource();
            copied.setDatabaseName(name);
            return copied;
        }

        private static Path made() {
            String name = "memory:gefyra-template-" + UUID.randomUUID();
            try {
                Path folder = Files.createTempDirectory("gefyra-test-database");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteAll(folder)));
                DatabaseMigration.migrate(derby(name));
                try (Connection connection = DriverManager.getConnection("jdbc:derby:" + name);
                        CallableStatement backUp = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                    backUp.setString(1, folder.toString());
                    backUp.execute();
                }
                try {
                    DriverManager.getConnection("jdbc:derby:" + name + ";drop=true").close();
                } catch (SQLException dropped) {
                    // Derby reports a dropped database with an exception (08006)
                }
                try (Stream<Path> inside = Files.list(folder)) {
                    return inside.findFirst().orElseThrow(() -> new IllegalStateException("Derby wrote no backup in " + folder));
                }
            } catch (IOException | SQLException failed) {
                throw new IllegalStateException("Cannot make the migrated database to copy", failed);
            }
        }

        private static void deleteAll(Path folder) {
            try (Stream<Path> all = Files.walk(folder)) {
                all.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind
            }
        }
    }

    private static DataSource derby(String name) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(name);
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    /**
     * A fresh schema of its own in a PostgreSQL database (such as the throwaway one of mvn verify),
     * with the schema made by the real migrations.
     */
    public static TestDatabase postgres(String url, String user, String password) {
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(url, user, password);
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (java.sql.SQLException failed) {
            throw new IllegalStateException("Cannot make a schema in " + url, failed);
        }
        String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setURL(inSchema);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return new TestDatabase(dataSource, Map.of("jakarta.persistence.jdbc.url", inSchema,
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver", "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
    }

    /**
     * Runs work in a transaction, as the container would around a service call; rolls back if it
     * throws. Then the entity manager forgets every entity, as the container's persistence context
     * ends with its transaction: what a test reads next comes from the database, not from memory,
     * so a mapping that does not store a field cannot pass unnoticed.
     */
    public <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException failed) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw failed;
        } finally {
            em.clear();
        }
    }

    /**
     * Runs work after a native update, then rolls both back: what the work reads sees the update, the
     * database is as it was afterwards (a test reading the tables of a moment that cannot be made otherwise).
     */
    public <T> T rolledBack(String update, Supplier<T> work) {
        em.getTransaction().begin();
        try {
            em.createNativeQuery(update).executeUpdate();
            return work.get();
        } finally {
            em.getTransaction().rollback();
            em.clear();
        }
    }

    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** A native update with positional parameters (?1, ?2, ...), in the transaction under way. */
    public void update(String sql, Object... parameters) {
        var update = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            update.setParameter(i + 1, parameters[i]);
        }
        update.executeUpdate();
    }

    /** The one number a native query answers (a count, a sum), read in a transaction of its own. */
    public long count(String sql) {
        return inTransaction(() -> {
            Object found = em.createNativeQuery(sql).getSingleResult();
            if (found == null) {
                throw new AssertionError("no number from " + sql);
            }
            return ((Number) found).longValue();
        });
    }

    /** The rows a native query answers, each value as its text, so that rows compare by value. */
    public List<List<Object>> rows(String query) {
        return inTransaction(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(query).getResultList();
            return rows.stream().map(row -> Arrays.stream(row).map(v -> (Object) String.valueOf(v)).toList()).toList();
        });
    }

    @Override
    public void close() {
        em.close();
        factory.close();
    }
}

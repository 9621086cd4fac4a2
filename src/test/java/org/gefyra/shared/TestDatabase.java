package org.gefyra.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.gefyra.shared.persistence.DatabaseMigration;

/**
 * A fresh in-memory Derby database for one test class, with the schema made by the real Flyway
 * migrations, and an entity manager to run services against in Java SE.
 */
public final class TestDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;
    public final EntityManager em;
    /** The same database for plain JDBC, as the learning journal writes it. */
    public final DataSource dataSource;

    public TestDatabase() {
        this(null, null);
    }

    /**
     * A database with data of an older schema: migrated up to {@code version}, given the rows
     * {@code before} writes, then migrated to the latest, as a real database would be.
     */
    public TestDatabase(String version, Consumer<DataSource> before) {
        String name = "memory:gefyra-" + UUID.randomUUID();
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(name);
        dataSource.setCreateDatabase("create");
        if (version != null) {
            Flyway.configure(DatabaseMigration.class.getClassLoader()).dataSource(dataSource)
                    .locations("classpath:db/migration").target(version).load().migrate();
            before.accept(dataSource);
        }
        DatabaseMigration.migrate(dataSource);
        this.dataSource = dataSource;
        factory = Persistence.createEntityManagerFactory("gefyra-test",
                Map.of("jakarta.persistence.jdbc.url", "jdbc:derby:" + name));
        em = factory.createEntityManager();
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

    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        em.close();
        factory.close();
    }
}

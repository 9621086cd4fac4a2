package org.gefyra.app;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.gefyra.shared.persistence.DatabaseMigration;

/**
 * Brings the schema up to date while the container is still deploying the application's beans,
 * rather than after them: starting the database and migrating it (a new one's whole schema on a
 * first start) then overlaps the seconds Liberty spends on CDI and Faces. {@link Startup} waits
 * for it before anything else reads the database. A CDI extension is the application's first code
 * to run; it takes the data source by the name {@code server.xml} gives it.
 */
public class MigrationAtDeployment implements Extension {

    private volatile CompletableFuture<Void> migrated;

    void beforeBeanDiscovery(@Observes BeforeBeanDiscovery event) {
        migrated = CompletableFuture.runAsync(() -> DatabaseMigration.migrate(dataSource()), migration -> {
            Thread thread = new Thread(migration, "gefyra-schema-migration");
            thread.setDaemon(true);
            thread.start();
        });
    }

    private static DataSource dataSource() {
        try {
            return InitialContext.doLookup("jdbc/gefyra");
        } catch (NamingException missing) {
            throw new IllegalStateException("No data source jdbc/gefyra", missing);
        }
    }

    /** Returns once the schema is up to date; throws what the migration threw. */
    void await(DataSource dataSource) {
        if (migrated == null) { // not deployed through CDI's start (never on Liberty): migrate here
            DatabaseMigration.migrate(dataSource);
            return;
        }
        try {
            migrated.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
    }
}

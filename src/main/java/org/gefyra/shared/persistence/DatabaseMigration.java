package org.gefyra.shared.persistence;

import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the versioned migrations in {@code db/migration}. The same
 * scripts run on Derby and PostgreSQL; the schema is never dropped and recreated. On Liberty,
 * Flyway finds a folder of the class path through the empty {@code flyway.location} file in it.
 */
public final class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    private DatabaseMigration() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " on " + result.databaseType + " ("
                + result.migrationsExecuted + " migrations applied at this start)");
        return result;
    }
}

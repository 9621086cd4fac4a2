package org.gefyra.app;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.gefyra.content.ContentLibrary;
import org.gefyra.privacy.RetentionSchedule;
import org.gefyra.report.ReportBuilds;

/**
 * Prepares the application before its first request, in this order: the schema (migrated while
 * the beans were deployed: {@link MigrationAtDeployment}), the login cards of before kept as
 * hashes, the first administrator, the demo network when it is wanted (the learning modules
 * are read meanwhile), the retention job's schedule and the background build of the prepared
 * report tables. The one place that knows every feature; nothing below it starts anything by
 * itself.
 * Several servers may start at once on one database: Flyway takes turns on the schema,
 * {@link FirstStart} on the rest.
 */
@WebListener
public class Startup implements ServletContextListener {

    @Resource(lookup = "jdbc/gefyra")
    DataSource dataSource;

    @Inject
    MigrationAtDeployment migration;

    @Inject
    FirstStart firstStart;

    @Inject
    ContentLibrary content;

    @Inject
    RetentionSchedule retention;

    @Inject
    ReportBuilds reportBuilds;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        migration.await(dataSource);
        CompletableFuture<?> modules = content.loadMeanwhile();
        firstStart.prepare();
        modules.join();
        retention.start();
        reportBuilds.start();
    }
}

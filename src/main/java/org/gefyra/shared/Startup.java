package org.gefyra.shared;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import javax.sql.DataSource;
import org.gefyra.account.FirstAdministrator;
import org.gefyra.content.ContentLibrary;
import org.gefyra.demo.DemoNetwork;
import org.gefyra.shared.persistence.DatabaseMigration;

/**
 * Prepares the application before its first request: the schema, the first administrator, the
 * demo network when it is wanted, and the learning modules.
 */
@WebListener
public class Startup implements ServletContextListener {

    @Resource(lookup = "jdbc/gefyra")
    DataSource dataSource;

    @Inject
    FirstAdministrator firstAdministrator;

    @Inject
    DemoNetwork demoNetwork;

    @Inject
    ContentLibrary content;

    @Inject
    GefyraSettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        DatabaseMigration.migrate(dataSource);
        firstAdministrator.createIfNoAccounts();
        if (settings.demo()) {
            demoNetwork.createIfEmpty();
        }
        content.reload();
    }
}

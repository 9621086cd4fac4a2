package org.gefyra.app;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import javax.sql.DataSource;
import org.gefyra.account.FirstAdministrator;
import org.gefyra.content.ContentLibrary;
import org.gefyra.demo.DemoNetwork;
import org.gefyra.learner.CardCodesOfBefore;
import org.gefyra.shared.GefyraSettings;
import org.gefyra.shared.persistence.DatabaseMigration;

/**
 * Prepares the application before its first request, in this order: the schema, the login cards
 * of before kept as hashes, the first administrator, the demo network when it is wanted, and the
 * learning modules. The one place
 * that knows every feature; nothing below it starts anything by itself.
 */
@WebListener
public class Startup implements ServletContextListener {

    @Resource(lookup = "jdbc/gefyra")
    DataSource dataSource;

    @Inject
    CardCodesOfBefore cardCodesOfBefore;

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
        cardCodesOfBefore.hashAndForget();
        firstAdministrator.createIfNoAccounts();
        if (settings.demo()) {
            demoNetwork.createIfEmpty();
        }
        content.reload();
    }
}

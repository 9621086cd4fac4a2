package org.gefyra.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.naming.NamingException;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

class MigrationAtDeploymentTest {

    @Test
    void aMigrationThatFailedWhileTheBeansWereDeployedStopsTheStart() {
        MigrationAtDeployment migration = new MigrationAtDeployment();
        migration.beforeBeanDiscovery(null); // outside a server there is no jdbc/gefyra to find

        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> migration.await(null));

        assertInstanceOf(NamingException.class, failed.getCause());
    }

    @Test
    void withoutTheContainersStartTheSchemaIsMigratedWhenAwaited() throws SQLException {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:migration-at-deployment");
        dataSource.setCreateDatabase("create");

        new MigrationAtDeployment().await(dataSource);

        try (Connection db = dataSource.getConnection();
                ResultSet rows = db.createStatement().executeQuery("select count(*) from report_session_month")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "the table of the latest migration (V21) is there, empty");
        }
    }
}

package org.gefyra.shared.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Gefyra is ready only while its database answers. The answer names the database product
 * (Apache Derby or PostgreSQL, no version), so that an operator, and the tests, see which one
 * the server really uses.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/gefyra")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(5))
                    .withData("product", connection.getMetaData().getDatabaseProductName()).build();
        } catch (SQLException unreachable) {
            return HealthCheckResponse.named("database").down().withData("error", unreachable.getSQLState()).build();
        }
    }
}

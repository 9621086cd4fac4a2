package org.gefyra.it;

import java.util.Optional;

/** The Liberty server that {@code mvn verify} started for the integration tests. */
public final class Server {

    private Server() {
    }

    public static String url(String path) {
        return "http://localhost:" + System.getProperty("http.port", "9080") + path;
    }

    /** The administrator's password: the build sets it, so that no password is fixed anywhere. */
    public static String adminPassword() {
        return System.getProperty("gefyra.admin.password", "dev-admin-password");
    }

    /** The database product the server must be using ("Apache Derby", "PostgreSQL"), when the build says. */
    public static Optional<String> database() {
        return Optional.ofNullable(System.getProperty("gefyra.it.database")).filter(d -> !d.isBlank());
    }

    /** The password of every demo staff account (see the README). */
    public static final String DEMO_PASSWORD = "gefyra-demo";
}

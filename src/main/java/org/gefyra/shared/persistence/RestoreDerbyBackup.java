package org.gefyra.shared.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Makes a database again from a backup of {@link DatabaseBackup}, in a data folder, for a server
 * that is stopped: Derby's {@code createFrom} for a folder without a database, {@code restoreFrom}
 * (which replaces the database) only when asked with {@code --replace}. Run with Derby on the class
 * path; the README shows the command.
 */
public final class RestoreDerbyBackup {

    private RestoreDerbyBackup() {
    }

    public static void main(String[] arguments) {
        boolean replace = arguments.length == 3 && arguments[2].equals("--replace");
        if (arguments.length != 2 && !replace) {
            System.err.println("Usage: RestoreDerbyBackup <backup folder> <data folder> [--replace]");
            System.exit(2);
        }
        try {
            Path database = restore(Path.of(arguments[0]), Path.of(arguments[1]), replace);
            System.out.println("Restored the database into " + database + ". Start Gefyra with GEFYRA_DATA_DIR="
                    + Path.of(arguments[1]).toAbsolutePath());
        } catch (IllegalArgumentException | SQLException failed) {
            System.err.println("Not restored: " + failed.getMessage());
            System.exit(1);
        }
    }

    /** Restores and closes the database; returns where it is. */
    public static Path restore(Path backup, Path dataDir, boolean replace) throws SQLException {
        Path from = backup.toAbsolutePath().normalize().resolve(DatabaseBackup.DATABASE_FOLDER);
        Path database = dataDir.toAbsolutePath().normalize().resolve(DatabaseBackup.DATABASE_FOLDER);
        if (!Files.isRegularFile(from.resolve("service.properties"))) {
            throw new IllegalArgumentException(backup + " is not a backup of Gefyra's database (no "
                    + DatabaseBackup.DATABASE_FOLDER + "/service.properties in it)");
        }
        if (Files.exists(database) && !replace) {
            throw new IllegalArgumentException(database + " already holds a database: choose a fresh data folder,"
                    + " or add --replace to overwrite it (stop the server first)");
        }
        String how = replace && Files.exists(database) ? "restoreFrom" : "createFrom";
        try (Connection restored = DriverManager.getConnection("jdbc:derby:" + database + ";" + how + "=" + from)) {
            restored.isValid(5);
        }
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException shutDown) {
            if (!"08006".equals(shutDown.getSQLState())) {
                throw shutDown;
            }
        }
        return database;
    }
}

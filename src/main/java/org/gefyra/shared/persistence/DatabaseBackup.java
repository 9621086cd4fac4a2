package org.gefyra.shared.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.gefyra.shared.GefyraSettings;

/**
 * Online backups of the embedded Derby database, with Derby's own procedure
 * (SYSCS_UTIL.SYSCS_BACKUP_DATABASE): learners keep learning while it runs, and the copy is
 * consistent as of one moment. Each backup is a folder under the backup folder, named by its UTC
 * time, holding the database's folder; Derby's {@code createFrom} makes a database of it again
 * (the README shows the command). PostgreSQL has its own tools (pg_dump, pg_restore), so this
 * refuses to run there.
 */
@ApplicationScoped
public class DatabaseBackup {

    private static final Logger LOG = Logger.getLogger(DatabaseBackup.class.getName());
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss-SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * A backup: its name, its folder, the database's folder inside it (what Derby's {@code createFrom}
     * restores), when it was made, and how many bytes it holds.
     */
    public record Backup(String name, String folder, String database, Instant madeAt, long bytes) {
    }

    /** The database is not one this backup is for. */
    public static class NotDerbyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotDerbyException(String product) {
            super(product);
        }
    }

    @Resource(lookup = "jdbc/gefyra")
    DataSource dataSource;

    @Inject
    GefyraSettings settings;

    /** Makes a backup now; one at a time. */
    public synchronized Backup backUp() throws SQLException, IOException {
        Instant now = Instant.now();
        Path folder = settings.backupDir().resolve(NAME.format(now));
        Files.createDirectories(folder);
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!product.contains("Derby")) {
                Files.deleteIfExists(folder);
                throw new NotDerbyException(product);
            }
            try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                backup.setString(1, folder.toString());
                backup.execute();
            }
        }
        Backup made = describe(folder);
        LOG.info(() -> "Backed up the database to " + folder + " (" + made.bytes() / 1024 + " KB) in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        return made;
    }

    /** The backups in the backup folder, the newest first. */
    public List<Backup> backups() throws IOException {
        Path dir = settings.backupDir();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.filter(f -> database(f) != null).map(this::describe).sorted(Comparator.comparing(Backup::madeAt).reversed()).toList();
        }
    }

    private Backup describe(Path folder) {
        Path database = database(folder);
        String databaseFolder = database == null ? null : database.toString();
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
            return new Backup(folder.getFileName().toString(), folder.toString(), databaseFolder,
                    Files.getLastModifiedTime(folder).toInstant(), bytes);
        } catch (IOException unreadable) {
            return new Backup(folder.getFileName().toString(), folder.toString(), databaseFolder, Instant.EPOCH, 0);
        }
    }

    /** The database's folder in a backup (Derby names it as the database's own folder), or null. */
    private static Path database(Path backup) {
        try (Stream<Path> folders = Files.list(backup)) {
            return folders.filter(f -> Files.isRegularFile(f.resolve("service.properties"))).findFirst().orElse(null);
        } catch (IOException unreadable) {
            return null;
        }
    }
}

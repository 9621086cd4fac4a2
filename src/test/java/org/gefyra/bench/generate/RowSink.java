package org.gefyra.bench.generate;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Where generated rows go, a table at a time, in bulk: into PostgreSQL with COPY (pgjdbc's
 * CopyManager, CSV), into other databases (Derby) as large JDBC batches. Rows are held per table and
 * written when enough have come, parents before children (learners before their groups, progress
 * and events), then committed: a commit every {@code commitEvery} rows, not one per row.
 */
abstract class RowSink implements AutoCloseable {

    /** The tables the generator fills in bulk, parents first, with their columns. */
    enum Table {
        LEARNER("learner", "id, organisation_id, site_id, display_name, picture, language, age_band, consent_at, "
                + "card_lookup, card_hash, pin_hash, failed_pins, locked, created_at"),
        TARGET_GROUP("learner_target_group", "learner_id, target_group"),
        PROGRESS("module_progress", "learner_id, module_id, module_version, current_step, started_at, last_activity_at, "
                + "completed_at, confidence_before, confidence_after, last_action, active_seconds, seconds_to_complete, "
                + "certificate_at"),
        EVENT("learning_event", "occurred_at, learner_id, organisation_id, site_id, module_id, module_version, step_id, "
                + "verb, option_id, correct, goal_reached, rating, detail, language, active_seconds, session_id"),
        LEARNING_DAY("report_learning_day", "learner_id, module_id, day, events, active_seconds, first_answers, "
                + "first_answers_right, practice_steps, goals_reached"),
        SESSION("learning_session", "id, organisation_id, site_id, title, kind, starts_at, ends_at, capacity, "
                + "open_to_newcomers, status, opened_at, closed_at, created_at"),
        SESSION_MODULE("session_module", "session_id, module_id"),
        ATTENDANCE("session_attendance", "session_id, learner_id, status, joined_at, marked_at, walk_in");

        final String name;
        final String columns;
        final int width;

        Table(String name, String columns) {
            this.name = name;
            this.columns = columns;
            this.width = columns.split(",").length;
        }
    }

    protected final Connection db;
    private final int commitEvery;
    private int pending;
    private long total;

    RowSink(Connection db, int commitEvery) {
        this.db = db;
        this.commitEvery = commitEvery;
    }

    /**
     * The sink that suits the database: COPY for PostgreSQL; for Derby, files imported once at the
     * end ({@code folder}); batches otherwise.
     */
    static RowSink of(Connection db, int commitEvery, java.nio.file.Path folder) throws SQLException {
        String product = db.getMetaData().getDatabaseProductName();
        if (product.startsWith("PostgreSQL")) {
            return new Copy(db, commitEvery);
        }
        if (product.startsWith("Apache Derby") && folder != null) {
            return new DerbyImport(db, folder);
        }
        return new Batches(db, commitEvery);
    }

    /** One row: values in the order of the table's columns (null, text, numbers, booleans, instants, days). */
    final void add(Table table, Object... values) throws SQLException {
        if (values.length != table.width) {
            throw new IllegalArgumentException(table + " takes " + table.width + " values, not " + values.length);
        }
        hold(table, values);
        pending++;
        total++;
    }

    /** The rows added so far. */
    final long total() {
        return total;
    }

    /** Writes and commits what is held once enough has come; call between learners, never within one. */
    final void commitIfFull() throws SQLException {
        if (pending >= commitEvery) {
            flush();
        }
    }

    final void flush() throws SQLException {
        for (Table table : Table.values()) {
            write(table);
        }
        db.commit();
        pending = 0;
    }

    protected abstract void hold(Table table, Object[] values) throws SQLException;

    protected abstract void write(Table table) throws SQLException;

    @Override
    public void close() throws SQLException {
        flush();
    }

    /** Large JDBC batches of prepared inserts. */
    private static final class Batches extends RowSink {
        private final Map<Table, PreparedStatement> inserts = new EnumMap<>(Table.class);
        private final Map<Table, Integer> held = new EnumMap<>(Table.class);
        private final Map<Table, int[]> types = new EnumMap<>(Table.class);

        Batches(Connection db, int commitEvery) {
            super(db, commitEvery);
        }

        @Override
        protected void hold(Table table, Object[] values) throws SQLException {
            PreparedStatement insert = inserts.get(table);
            if (insert == null) {
                insert = db.prepareStatement("INSERT INTO " + table.name + " (" + table.columns + ") VALUES ("
                        + "?, ".repeat(table.width - 1) + "?)");
                inserts.put(table, insert);
                int[] sqlTypes = new int[table.width];
                for (int i = 0; i < sqlTypes.length; i++) {
                    sqlTypes[i] = insert.getParameterMetaData().getParameterType(i + 1);
                }
                types.put(table, sqlTypes);
            }
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    insert.setNull(i + 1, types.get(table)[i]);
                } else if (value instanceof Instant instant) {
                    insert.setTimestamp(i + 1, Timestamp.from(instant));
                } else if (value instanceof LocalDate day) {
                    insert.setDate(i + 1, java.sql.Date.valueOf(day));
                } else {
                    insert.setObject(i + 1, value);
                }
            }
            insert.addBatch();
            held.merge(table, 1, Integer::sum);
        }

        @Override
        protected void write(Table table) throws SQLException {
            if (held.getOrDefault(table, 0) > 0) {
                inserts.get(table).executeBatch();
                held.put(table, 0);
            }
        }

        @Override
        public void close() throws SQLException {
            super.close();
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
        }
    }

    /**
     * Derby's own bulk load: every row goes to a CSV file per table, and each file is imported once,
     * at the end, with SYSCS_UTIL.SYSCS_IMPORT_DATA. Into an empty table Derby then inserts in bulk
     * (no row-by-row logging, the indexes built once, sorted): much faster than inserting, which
     * maintains every index and logs every row. Into a table with rows already it inserts row by row.
     */
    private static final class DerbyImport extends RowSink {
        private final java.nio.file.Path folder;
        private final Map<Table, java.io.Writer> files = new EnumMap<>(Table.class);
        private final Map<Table, Long> counts = new EnumMap<>(Table.class);
        private final StringBuilder line = new StringBuilder(512);

        DerbyImport(Connection db, java.nio.file.Path folder) {
            super(db, Integer.MAX_VALUE);
            this.folder = folder;
        }

        @Override
        protected void hold(Table table, Object[] values) throws SQLException {
            line.setLength(0);
            Copy.csv(line, values, true);
            try {
                java.io.Writer file = files.get(table);
                if (file == null) {
                    java.nio.file.Files.createDirectories(folder);
                    file = java.nio.file.Files.newBufferedWriter(folder.resolve(table.name + ".csv"),
                            java.nio.charset.StandardCharsets.UTF_8);
                    files.put(table, file);
                }
                file.append(line);
            } catch (IOException failed) {
                throw new SQLException("Cannot write " + folder, failed);
            }
            counts.merge(table, 1L, Long::sum);
        }

        @Override
        protected void write(Table table) {
            // everything is imported at the end, in one go per table
        }

        @Override
        public void close() throws SQLException {
            for (Table table : Table.values()) {
                java.io.Writer file = files.remove(table);
                if (file == null) {
                    continue;
                }
                try {
                    file.close();
                } catch (IOException failed) {
                    throw new SQLException(failed);
                }
                java.nio.file.Path path = folder.resolve(table.name + ".csv");
                boolean empty;
                try (var statement = db.createStatement();
                        var any = statement.executeQuery("SELECT 1 FROM " + table.name + " FETCH FIRST 1 ROWS ONLY")) {
                    empty = !any.next();
                }
                long start = System.nanoTime();
                System.out.printf(java.util.Locale.ROOT, "Importing %,d rows into %s (%s)... ", counts.get(table), table.name,
                        empty ? "empty: in bulk" : "not empty: row by row");
                System.out.flush();
                try (var importing = db.prepareCall("CALL SYSCS_UTIL.SYSCS_IMPORT_DATA(NULL, ?, ?, NULL, ?, ',', '\"', "
                        + "'UTF-8', 0)")) {
                    importing.setString(1, table.name.toUpperCase(java.util.Locale.ROOT));
                    importing.setString(2, table.columns.replace(" ", "").toUpperCase(java.util.Locale.ROOT));
                    importing.setString(3, path.toAbsolutePath().toString());
                    importing.execute();
                }
                db.commit();
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(java.util.Locale.ROOT, "%.0f s, %,.0f rows/s%n", seconds, counts.get(table) / seconds);
                try {
                    java.nio.file.Files.delete(path);
                } catch (IOException ignored) {
                    // a file left in the folder harms nothing
                }
            }
        }
    }

    /** PostgreSQL's COPY ... FROM STDIN, as CSV: the fastest way in short of a file on the server. */
    private static final class Copy extends RowSink {
        private final Map<Table, StringBuilder> held = new EnumMap<>(Table.class);
        private final CopyManager copy;

        Copy(Connection db, int commitEvery) throws SQLException {
            super(db, commitEvery);
            copy = db.unwrap(PGConnection.class).getCopyAPI();
        }

        @Override
        protected void hold(Table table, Object[] values) {
            csv(held.computeIfAbsent(table, t -> new StringBuilder(1 << 20)), values, false);
        }

        /** A CSV line; times as setTimestamp writes them (this machine's clock), in Derby's form or ISO's. */
        static void csv(StringBuilder csv, Object[] values, boolean derby) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                Object value = values[i];
                if (value == null) {
                    continue; // an unquoted empty field is NULL
                }
                if (value instanceof String text) {
                    csv.append('"').append(text.replace("\"", "\"\"")).append('"');
                } else if (value instanceof Instant instant) {
                    csv.append(derby ? Timestamp.from(instant).toString() : Timestamp.from(instant).toLocalDateTime().toString());
                } else {
                    csv.append(value);
                }
            }
            csv.append('\n');
        }

        @Override
        protected void write(Table table) throws SQLException {
            StringBuilder csv = held.get(table);
            if (csv == null || csv.length() == 0) {
                return;
            }
            try {
                copy.copyIn("COPY " + table.name + " (" + table.columns + ") FROM STDIN WITH (FORMAT csv)",
                        new StringReader(csv.toString()));
            } catch (IOException impossible) {
                throw new SQLException(impossible);
            }
            csv.setLength(0);
        }
    }
}

package org.gefyra.bench.generate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.gefyra.bench.CardCodes;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleLoader;
import org.gefyra.learner.CardCode;
import org.gefyra.shared.persistence.DatabaseMigration;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fills the configured database with a made-up network of the given size, the same for the same
 * seed: networks, partner organisations, sites, educators and coordinators, learners with age
 * bands and target groups, their progress, their learning events and the learning days the
 * reports read, and facilitated sessions with their attendance. Runs the schema migrations first
 * and adds to what is there. Rows go in bulk ({@link RowSink}: COPY into PostgreSQL, large
 * batches into Derby) with a commit every {@value #COMMIT_EVERY} rows or so. See the README's
 * Performance section for the command.
 */
public final class GenerateNetwork {

    static final Instant EPOCH = Instant.parse("2026-01-05T08:00:00Z");
    private static final String[] LANGUAGES = {"el", "el", "en", "it", "sv", "ar", "ar"};
    private static final String[] AGE_BANDS = {"UNDER_25", "FROM_25_TO_44", "FROM_45_TO_64", "FROM_45_TO_64",
            "FROM_65_TO_74", "FROM_65_TO_74", "FROM_65_TO_74", "FROM_75", "FROM_75", "NOT_SAID"};
    private static final String[] PICTURES = {"SUN", "TREE", "FLOWER", "BIRD", "CAT", "BOAT", "HOUSE", "STAR",
            "MOON", "APPLE", "FISH", "HEART"};
    private static final int COMMIT_EVERY = 200_000;
    private static final int CARDS_AT_ONCE = 1_024;

    private final NetworkSize size;
    private final long seed;
    private final Connection db;
    private final List<LearningModule> modules;
    private final Map<String, Long> firstIds;
    private final CardHashes cards;
    /** Where Derby's import files go (see RowSink); null: batches of inserts. */
    java.nio.file.Path importFolder;

    GenerateNetwork(NetworkSize size, long seed, Connection db, List<LearningModule> modules, CardHashes cards)
            throws SQLException {
        this.size = size;
        this.seed = seed;
        this.db = db;
        this.modules = modules;
        this.cards = cards;
        this.firstIds = Map.of("network", nextId("network"), "organisation", nextId("organisation"),
                "site", nextId("site"), "staff_account", nextId("staff_account"), "learner", nextId("learner"),
                "learning_session", nextId("learning_session"));
    }

    public static void main(String[] args) throws Exception {
        // Derby keeps 4 MB of pages by default: the indexes of millions of rows need far more in memory.
        System.setProperty("derby.storage.pageCacheSize", System.getProperty("derby.storage.pageCacheSize", "60000"));
        NetworkSize size = NetworkSize.named(System.getProperty("size", "small"));
        long seed = Long.getLong("seed", 42);
        String url = env("GEFYRA_DB_URL", "jdbc:derby:" + env("GEFYRA_DATA_DIR",
                System.getProperty("user.home") + "/.gefyra/data") + "/derby;create=true");
        DataSource dataSource = dataSource(url, env("GEFYRA_DB_USER", ""), env("GEFYRA_DB_PASSWORD", ""));
        DatabaseMigration.migrate(dataSource);
        List<LearningModule> modules = new ModuleLoader(Path.of(env("GEFYRA_CONTENT_DIR", "content"))).load()
                .modules().values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        System.out.printf("Generating a %s network (seed %d) into %s with %d modules%n", size.name(), seed,
                url.replaceAll("password=[^;&]*", "password=..."), modules.size());
        CardHashes cards = new CardHashes(Integer.getInteger("cardIterations", CardHashes.CHEAPEST),
                Integer.getInteger("cardsHashed", CardHashes.HASHED));
        System.out.printf("Card codes of the first %,d learners hashed with %,d PBKDF2 iterations (the application "
                + "uses %,d: signing in with a generated card costs the server less than with a real one); the cards of "
                + "the others do not sign in.%n", Math.min(cards.hashed(), size.learners()), cards.iterations(),
                CardHashes.AS_THE_APPLICATION);
        long started = System.nanoTime();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            GenerateNetwork generator = new GenerateNetwork(size, seed, db, modules, cards);
            generator.importFolder = Path.of(System.getProperty("importFolder", "target/generated-rows"));
            generator.generate();
        }
        long generated = System.nanoTime();
        // the prepared report tables built now, not in the server's background turn after its start
        org.gefyra.report.PreparedTables.build(url);
        System.out.printf("Prepared report tables built in %d s.%n", Duration.ofNanos(System.nanoTime() - generated)
                .toSeconds());
        System.out.printf("Done in %d s. Generated learners sign in with the card codes of "
                + "-Dcards=generated:%d:%d (see CardCodes).%n", Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                seed, size.learners());
    }

    /** The small network of the tests, its first hundred cards hashed at the least cost, into a connection that does not commit by itself. */
    public static void small(Connection db, long seed) throws SQLException {
        List<LearningModule> modules = new ModuleLoader(Path.of("content")).load().modules().values().stream()
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
        new GenerateNetwork(NetworkSize.SMALL, seed, db, modules, new CardHashes(CardHashes.CHEAPEST, 100)).generate();
    }

    void generate() throws SQLException {
        String tag = "g" + seed + "-" + firstIds.get("network");
        String hash = StaffPasswords.DEMO_HASH;
        try (PreparedStatement network = db.prepareStatement("INSERT INTO network (id, name) VALUES (?, ?)");
                PreparedStatement organisation = db.prepareStatement(
                        "INSERT INTO organisation (id, network_id, name, city, kind) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement site = db.prepareStatement("INSERT INTO site (id, organisation_id, name, kind, "
                        + "address, learner_list_shown) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement staff = db.prepareStatement("INSERT INTO staff_account (id, username, display_name, "
                        + "password_hash, role, organisation_id, network_wide, active, session_epoch, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
            long staffId = firstIds.get("staff_account");
            for (int n = 0; n < size.networks(); n++) {
                network.setLong(1, firstIds.get("network") + n);
                network.setString(2, "Network " + (n + 1) + " " + tag);
                network.addBatch();
            }
            network.executeBatch();
            String[] kinds = {"CITY", "NGO", "LIBRARY_SERVICE", "REGION", "OTHER"};
            String[] siteKinds = {"LIBRARY", "COMMUNITY_CENTRE", "TOWN_HALL", "OTHER"};
            for (int o = 0; o < size.organisations(); o++) {
                long organisationId = firstIds.get("organisation") + o;
                organisation.setLong(1, organisationId);
                organisation.setLong(2, firstIds.get("network") + o % size.networks());
                organisation.setString(3, "Partner " + (o + 1) + " " + tag);
                organisation.setString(4, "Town " + (o + 1));
                organisation.setString(5, kinds[o % kinds.length]);
                organisation.addBatch();
                staff(staff, staffId++, "coord" + (o + 1) + "-" + tag, "Coordinator " + (o + 1), hash, "COORDINATOR",
                        organisationId, o < size.networks());
                for (int s = 0; s < size.sitesPerOrganisation(); s++) {
                    int siteIndex = o * size.sitesPerOrganisation() + s;
                    site.setLong(1, firstIds.get("site") + siteIndex);
                    site.setLong(2, organisationId);
                    site.setString(3, "Site " + (s + 1));
                    site.setString(4, siteKinds[siteIndex % siteKinds.length]);
                    site.setString(5, (siteIndex + 1) + " Main Street, Town " + (o + 1));
                    site.setBoolean(6, s % 2 == 0);
                    site.addBatch();
                    for (int e = 0; e < size.educatorsPerSite(); e++) {
                        staff(staff, staffId++, "edu" + (siteIndex + 1) + "-" + (e + 1) + "-" + tag,
                                "Educator " + (siteIndex + 1) + "." + (e + 1), hash, "EDUCATOR", organisationId, false);
                    }
                }
            }
            organisation.executeBatch();
            site.executeBatch();
            staff.executeBatch();
            db.commit();
        }
        long lastEventBefore = max("learning_event");
        boolean folded = lastEventBefore == lastFolded();
        long started = System.nanoTime();
        long total;
        try (RowSink rows = RowSink.of(db, COMMIT_EVERY, importFolder)) {
            learners(rows, folded);
            sessions(rows);
            total = rows.total();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "%,d rows of learners, their learning and sessions in %.0f s: %,.0f rows/s%n",
                total, seconds, total / seconds);
        // the prepared session and registration figures are built again (at the generator's end: see main)
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("UPDATE report_rollup SET session_months_built = NULL WHERE id = 1");
        }
        if (folded) {
            // The learning days of the new events are written above: the rollup goes on after them.
            try (PreparedStatement rollup = db.prepareStatement("UPDATE report_rollup SET last_event_id = ? WHERE id = 1")) {
                rollup.setLong(1, max("learning_event"));
                rollup.executeUpdate();
            }
        } else {
            System.out.println("Learning events before these were not all folded into the learning days: the server "
                    + "folds the new ones too, before its first report.");
        }
        restartIdentities();
        db.commit();
    }

    private long lastFolded() throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet last = statement.executeQuery("SELECT last_event_id FROM report_rollup WHERE id = 1")) {
            return last.next() ? last.getLong(1) : -1;
        }
    }

    private void staff(PreparedStatement staff, long id, String username, String name, String hash, String role,
            long organisationId, boolean networkWide) throws SQLException {
        staff.setLong(1, id);
        staff.setString(2, username);
        staff.setString(3, name);
        staff.setString(4, hash);
        staff.setString(5, role);
        staff.setLong(6, organisationId);
        staff.setBoolean(7, networkWide);
        staff.setBoolean(8, true);
        staff.setTimestamp(9, Timestamp.from(EPOCH));
        staff.addBatch();
    }

    private void learners(RowSink sink, boolean withLearningDays) throws SQLException {
        Progress learnersDone = new Progress("learners", size.learners());
        GeneratedRows rows = new GeneratedRows(sink, withLearningDays);
        siteLearners = new int[size.sites()][];
        regularsAt = new int[size.sites()];
        int[] perSite = regularsAt;
        String[] cardHashes = {};
        for (int i = 0; i < size.learners(); i++) {
            if (i % CARDS_AT_ONCE == 0) {
                cardHashes = cards.of(seed, i, Math.min(CARDS_AT_ONCE, size.learners() - i));
            }
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
            long learnerId = firstIds.get("learner") + i;
            int siteIndex = random.nextInt(size.sites());
            long organisationId = firstIds.get("organisation") + siteIndex / size.sitesPerOrganisation();
            long siteId = firstIds.get("site") + siteIndex;
            String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
            Instant joined = EPOCH.plus(Duration.ofMinutes(random.nextLong(0, 300L * 24 * 60)));
            String ageBand = AGE_BANDS[random.nextInt(AGE_BANDS.length)];
            String target = ageBand.startsWith("FROM_65") || ageBand.equals("FROM_75")
                    ? (random.nextInt(10) < 8 ? "OLDER_PERSON" : "MIGRANT")
                    : random.nextInt(10) < 6 ? "MIGRANT" : random.nextInt(2) == 0 ? "OTHER" : "NOT_SAID";
            List<String> targets = target.equals("NOT_SAID") ? List.of()
                    : target.equals("OLDER_PERSON") && random.nextInt(10) == 0 ? List.of(target, "MIGRANT")
                    : List.of(target);
            rows.learner(learnerId, organisationId, siteId, "Learner " + (i + 1), PICTURES[i % PICTURES.length],
                    language, ageBand, targets, joined, CardCode.lookup(CardCodes.generated(seed, i)),
                    cardHashes[i % CARDS_AT_ONCE], StaffPasswords.PIN_HASH);
            List<LearningModule> offered = modules.stream().filter(m -> m.languages().contains(language)).toList();
            LearnerHistory history = new LearnerHistory(random, offered.isEmpty() ? modules : offered, joined,
                    size.eventsPerLearner());
            rows.history(learnerId, organisationId, siteId, language, history);
            if (perSite[siteIndex] < SITE_REGULARS) {
                if (siteLearners[siteIndex] == null) {
                    siteLearners[siteIndex] = new int[SITE_REGULARS];
                }
                siteLearners[siteIndex][perSite[siteIndex]++] = i;
            }
            learnersDone.add(1, 1 + targets.size() + 2L * history.modules.size() + history.events.size());
        }
        learnersDone.finish();
    }

    /** The learners of each site who come to its sessions (by number), the first few registered there. */
    private int[][] siteLearners;
    private int[] regularsAt;
    private static final int SITE_REGULARS = 40;

    /**
     * Facilitated sessions: every site holds one every two weeks from the start of the network,
     * about a module; those past are closed, with some of the site's regulars present (a few
     * marked absent), those to come are planned.
     */
    private void sessions(RowSink rows) throws SQLException {
        int perSite = 24;
        Progress done = new Progress("sessions", (long) size.sites() * perSite);
        long sessionId = firstIds.get("learning_session");
        Instant now = Instant.now();
        for (int siteIndex = 0; siteIndex < size.sites(); siteIndex++) {
            SplittableRandom random = new SplittableRandom(seed * 7_000_003L + siteIndex);
            long organisationId = firstIds.get("organisation") + siteIndex / size.sitesPerOrganisation();
            long siteId = firstIds.get("site") + siteIndex;
            int[] regulars = siteLearners[siteIndex] == null ? new int[0] : siteLearners[siteIndex];
            int known = regularsAt[siteIndex];
            for (int n = 0; n < perSite; n++) {
                Instant start = EPOCH.plus(Duration.ofDays(14L * n + siteIndex % 14)).plus(Duration.ofHours(2));
                boolean past = start.isBefore(now);
                String module = modules.get(random.nextInt(modules.size())).id();
                rows.add(RowSink.Table.SESSION, sessionId, organisationId, siteId, "Drop-in " + (n + 1), "DROP_IN", start,
                        start.plus(Duration.ofHours(2)), 12, true, past ? "CLOSED" : "PLANNED", past ? start : null,
                        past ? start.plus(Duration.ofHours(2)) : null, start.minus(Duration.ofDays(7)));
                rows.add(RowSink.Table.SESSION_MODULE, sessionId, module);
                long attendance = 0;
                if (past && known > 0) {
                    int first = random.nextInt(known);
                    int count = Math.min(known, random.nextInt(3, 12));
                    for (int k = 0; k < count; k++) {
                        long learnerId = firstIds.get("learner") + regulars[(first + k) % known];
                        boolean present = random.nextInt(10) < 9;
                        rows.add(RowSink.Table.ATTENDANCE, sessionId, learnerId, present ? "PRESENT" : "ABSENT",
                                present ? start.plus(Duration.ofMinutes(random.nextInt(0, 20))) : null, start, false);
                        attendance++;
                    }
                }
                sessionId++;
                done.add(1, 2 + attendance);
            }
            rows.commitIfFull();
        }
        done.finish();
    }

    private long nextId(String table) throws SQLException {
        return max(table) + 1;
    }

    private long max(String table) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet max = statement.executeQuery("SELECT MAX(id) FROM " + table)) {
            max.next();
            return max.getLong(1);
        }
    }

    /** The rows above were given their ids here: the database's own counters go on after them. */
    private void restartIdentities() throws SQLException {
        for (String table : List.of("network", "organisation", "site", "staff_account", "learner", "learning_session")) {
            long next = nextId(table);
            try (Statement statement = db.createStatement()) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    public static DataSource dataSource(String url, String user, String password) {
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setUrl(url);
            postgres.setUser(user);
            postgres.setPassword(password);
            postgres.setReWriteBatchedInserts(true);
            return postgres;
        }
        EmbeddedDataSource derby = new EmbeddedDataSource();
        String name = url.substring("jdbc:derby:".length());
        derby.setDatabaseName(name.contains(";") ? name.substring(0, name.indexOf(';')) : name);
        derby.setCreateDatabase("create");
        return derby;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}

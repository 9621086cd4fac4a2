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
 * bands and target groups, their progress and their learning events. Runs the schema migrations
 * first and adds to what is there. See the README's Performance section for the command.
 *
 * <p>Extension point: facilitated sessions and attendance (another issue) are generated in
 * {@link #sessions}; until their tables exist, events carry no session.
 */
public final class GenerateNetwork {

    static final Instant EPOCH = Instant.parse("2026-01-05T08:00:00Z");
    private static final String[] LANGUAGES = {"el", "el", "en", "it", "sv", "ar", "ar"};
    private static final String[] AGE_BANDS = {"UNDER_25", "FROM_25_TO_44", "FROM_45_TO_64", "FROM_45_TO_64",
            "FROM_65_TO_74", "FROM_65_TO_74", "FROM_65_TO_74", "FROM_75", "FROM_75", "NOT_SAID"};
    private static final String[] PICTURES = {"SUN", "TREE", "FLOWER", "BIRD", "CAT", "BOAT", "HOUSE", "STAR",
            "MOON", "APPLE", "FISH", "HEART"};
    private static final int COMMIT_EVERY = 20_000;
    private static final int CARDS_AT_ONCE = 1_024;

    private final NetworkSize size;
    private final long seed;
    private final Connection db;
    private final List<LearningModule> modules;
    private final Map<String, Long> firstIds;
    private final CardHashes cards;

    GenerateNetwork(NetworkSize size, long seed, Connection db, List<LearningModule> modules, CardHashes cards)
            throws SQLException {
        this.size = size;
        this.seed = seed;
        this.db = db;
        this.modules = modules;
        this.cards = cards;
        this.firstIds = Map.of("network", nextId("network"), "organisation", nextId("organisation"),
                "site", nextId("site"), "staff_account", nextId("staff_account"), "learner", nextId("learner"));
    }

    public static void main(String[] args) throws Exception {
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
        CardHashes cards = new CardHashes(Integer.getInteger("cardIterations", CardHashes.AS_THE_APPLICATION));
        if (cards.iterations() != CardHashes.AS_THE_APPLICATION) {
            System.out.printf("Card codes hashed with %d PBKDF2 iterations, not the application's %d: signing in "
                    + "with a generated card costs the server less than with a real one.%n", cards.iterations(),
                    CardHashes.AS_THE_APPLICATION);
        }
        long started = System.nanoTime();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            new GenerateNetwork(size, seed, db, modules, cards).generate();
        }
        System.out.printf("Done in %d s. Generated learners sign in with the card codes of "
                + "-Dcards=generated:%d:%d (see CardCodes).%n", Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                seed, size.learners());
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
        learners();
        sessions();
        restartIdentities();
        db.commit();
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

    private void learners() throws SQLException {
        Progress learnersDone = new Progress("learners", size.learners());
        try (GeneratedRows rows = new GeneratedRows(db, COMMIT_EVERY)) {
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
                learnersDone.add(1, 1 + history.modules.size() + history.events.size());
            }
        }
        learnersDone.finish();
    }

    /** Facilitated sessions and attendance: generated here once their tables exist (the sessions issue). */
    private void sessions() {
    }

    private long nextId(String table) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet max = statement.executeQuery("SELECT MAX(id) FROM " + table)) {
            max.next();
            return max.getLong(1) + 1;
        }
    }

    /** The rows above were given their ids here: the database's own counters go on after them. */
    private void restartIdentities() throws SQLException {
        for (String table : List.of("network", "organisation", "site", "staff_account", "learner")) {
            long next = nextId(table);
            try (Statement statement = db.createStatement()) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
            }
        }
    }

    private static DataSource dataSource(String url, String user, String password) {
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

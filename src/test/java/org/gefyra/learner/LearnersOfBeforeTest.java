package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Learners registered before educators had their pages (schema version 3) come through the
 * migration whole: their cards still sign in, now kept only as hashes; their target group,
 * their age band where it fits a new one, and their consent.
 */
class LearnersOfBeforeTest {

    static TestDatabase db;
    static LearnerService learners;

    @BeforeAll
    static void migrateLearnersOfBefore() {
        db = new TestDatabase("3", LearnersOfBeforeTest::version3Learners);
        LearnerServices services = new LearnerServices(db);
        learners = services.learners;
        CardCodesOfBefore upgrade = new CardCodesOfBefore();
        upgrade.em = db.em;
        upgrade.learners = learners;
        assertEquals(2, db.inTransaction(upgrade::hashAndForget));
        assertEquals(0, db.inTransaction(upgrade::hashAndForget), "once done, nothing is left to do");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void theirCardsStillSignInAndNoCodeIsStoredAnyMore() {
        assertEquals("Maria", learners.findByCard("MARA-2345").map(Learner::getDisplayName).orElse(null));
        assertEquals("Ahmed", learners.findByCard("ahmd2345").map(Learner::getDisplayName).orElse(null));
        assertEquals(0L, db.em.createNativeQuery("select count(*) from learner_card_before_v4").getSingleResult() instanceof Number n
                ? n.longValue() : -1L);
        Learner maria = learners.findByCard("MARA2345").orElseThrow();
        assertNull(maria.getCardPrintedAt(), "Gefyra did not print it: the list says so");
        assertTrue(!maria.getCardHash().contains("MARA2345"));
    }

    @Test
    void theirTargetGroupAgeBandAndConsentComeThrough() {
        Learner maria = learners.findByCard("MARA2345").orElseThrow();
        assertEquals(Set.of(TargetGroup.OLDER_PERSON), maria.getTargetGroups());
        assertEquals(AgeBand.FROM_45_TO_64, maria.getAgeBand(), "50-64 lies within 45-64");
        assertTrue(maria.getConsent().isProgressTracking() && maria.getConsent().isAnonymousReports());
        assertTrue(maria.isActive());

        Learner ahmed = learners.findByCard("AHMD2345").orElseThrow();
        assertEquals(Set.of(), ahmed.getTargetGroups(), "not said");
        assertEquals(AgeBand.NOT_SAID, ahmed.getAgeBand(), "30-49 straddles two bands: not guessed");
    }

    private static void version3Learners(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into network (name) values ('N')");
            sql.executeUpdate("insert into organisation (network_id, name, city, kind) values (1, 'O', 'C', 'CITY')");
            sql.executeUpdate("insert into site (organisation_id, name, kind, learner_list_shown) values (1, 'S', 'LIBRARY', true)");
            sql.executeUpdate(learner("Maria", "FROM_50_TO_64", "OLDER_PERSON", "MARA2345"));
            sql.executeUpdate(learner("Ahmed", "FROM_30_TO_49", "NOT_SAID", "AHMD2345"));
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static String learner(String name, String ageBand, String targetGroup, String card) {
        return "insert into learner (organisation_id, site_id, display_name, picture, language, age_band, target_group, "
                + "consent_at, card_code, pin_hash, failed_pins, locked, created_at) values (1, 1, '" + name + "', 'SUN', 'el', '"
                + ageBand + "', '" + targetGroup + "', CURRENT_TIMESTAMP, '" + card + "', 'hash', 0, false, CURRENT_TIMESTAMP)";
    }
}

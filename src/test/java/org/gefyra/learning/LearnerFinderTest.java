package org.gefyra.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerServices;
import org.gefyra.learning.LearnerSearch.LastSeen;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.security.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An educator finds their learners quickly, by name or card, site, group, module and when they were last here. */
class LearnerFinderTest {

    static final Instant NOW = Instant.parse("2026-05-05T10:00:00Z");
    static TestDatabase db;
    static TestNetwork net;
    static LearnerServices services;
    static LearnerFinder finder = new LearnerFinder();
    static Caller athens;
    static Learner maria;
    static Learner marianna;
    static Learner sofia;
    static Learner luca;
    static String sofiasCode;
    static long tuesday;

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        services = new LearnerServices(db);
        finder.em = db.em;
        finder.learners = services.learners;
        finder.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        athens = net.educatorOf(net.athens);
        maria = LearnerServices.someone(net.library, "Maria");
        marianna = LearnerServices.someone(net.library, "Marianna_1%");
        sofia = LearnerServices.someone(net.library, "Sofia");
        luca = LearnerServices.someone(net.townHall, "Maria of Turin");
        db.run(() -> List.of(maria, marianna, sofia, luca).forEach(db.em::persist));
        sofiasCode = db.inTransaction(() -> services.learners.issueCards(athens, List.of(sofia.getId()))).get(0).groupedCode();
        tuesday = db.inTransaction(() -> services.groups.create(athens, "Tuesday")).getId();
        db.run(() -> services.groups.add(athens, tuesday, List.of(maria.getId(), sofia.getId())));
        db.run(() -> db.em.createQuery("update Learner l set l.lastSeenAt = ?1 where l.id = ?2")
                .setParameter(1, NOW.minus(Duration.ofDays(2))).setParameter(2, maria.getId()).executeUpdate());
        db.run(() -> db.em.createQuery("update Learner l set l.lastSeenAt = ?1 where l.id = ?2")
                .setParameter(1, NOW.minus(Duration.ofDays(40))).setParameter(2, sofia.getId()).executeUpdate());
        db.run(() -> db.em.persist(new ModuleAssignment(marianna.getId(), "pay-utility-bill", null, null)));
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void everyoneOfTheOrganisationAndNobodyElse() {
        assertEquals(List.of("Maria", "Marianna_1%", "Sofia"), names(LearnerSearch.everyone()));
        assertTrue(finder.find(net.admin(), LearnerSearch.everyone()).stream().anyMatch(r -> r.displayName().equals("Maria of Turin")));
    }

    @Test
    void byPartOfTheNameWhateverTheCaseAndWithoutWildcards() {
        assertEquals(List.of("Maria", "Marianna_1%"), names(search("mari")));
        assertEquals(List.of("Marianna_1%"), names(search("_1%")), "underscore and percent are letters here");
        assertEquals(List.of(), names(search("a%")), "not wildcards");
    }

    @Test
    void byTheCodeOfTheirCardAsTyped() {
        assertEquals(List.of("Sofia"), names(search(sofiasCode.toLowerCase())));
        LearnerRow row = finder.find(athens, search(sofiasCode)).get(0);
        assertTrue(row.hasCard());
        assertFalse(row.toString().contains(sofiasCode.replace("-", "")), "no code in a row");
    }

    @Test
    void bySiteGroupModuleAndLastSeen() {
        assertEquals(List.of("Maria", "Sofia"), names(new LearnerSearch(null, null, tuesday, null, LastSeen.ANY, false)));
        assertEquals(List.of(), names(new LearnerSearch(null, net.townHall.getId(), null, null, LastSeen.ANY, false)));
        assertEquals(List.of("Marianna_1%"), names(new LearnerSearch(null, null, null, "pay-utility-bill", LastSeen.ANY, false)));
        assertEquals(List.of("Maria"), names(new LearnerSearch(null, null, null, null, LastSeen.WEEK, false)));
        assertEquals(List.of("Maria"), names(new LearnerSearch(null, null, null, null, LastSeen.MONTH, false)));
        assertEquals(List.of("Sofia"), names(new LearnerSearch(null, null, null, null, LastSeen.LONGER, false)));
        assertEquals(List.of("Marianna_1%"), names(new LearnerSearch(null, null, null, null, LastSeen.NEVER, false)));
        assertEquals("Tuesday", finder.find(athens, search("Sofia")).get(0).groups());
    }

    @Test
    void switchedOffLearnersAreListedApart() {
        Learner gone = LearnerServices.someone(net.library, "Gone");
        db.run(() -> db.em.persist(gone));
        db.run(() -> services.learners.setActive(athens, gone.getId(), false));
        assertFalse(names(LearnerSearch.everyone()).contains("Gone"));
        assertEquals(List.of("Gone"), names(new LearnerSearch(null, null, null, null, LastSeen.ANY, true)));
    }

    private static LearnerSearch search(String text) {
        return new LearnerSearch(text, null, null, null, LastSeen.ANY, false);
    }

    private static List<String> names(LearnerSearch search) {
        return finder.find(athens, search).stream().map(LearnerRow::displayName).toList();
    }
}

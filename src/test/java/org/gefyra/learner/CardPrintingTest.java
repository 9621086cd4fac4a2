package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.security.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A print sent twice (a double tap) gives the same cards; a print asked for again later makes new ones. */
class CardPrintingTest {

    static TestDatabase db;
    static TestNetwork net;
    static LearnerServices services;
    static Learner maria;

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        services = new LearnerServices(db);
        maria = LearnerServices.someone(net.library, "Maria");
        db.run(() -> db.em.persist(maria));
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void theSamePrintTwiceGivesTheSameCardsAndBothWork() {
        Caller eleni = net.educatorOf(net.athens);
        List<IssuedCard> first = db.inTransaction(() -> services.printing.print(eleni, "page-1", List.of(maria.getId())));
        List<IssuedCard> again = db.inTransaction(() -> services.printing.print(eleni, "page-1", List.of(maria.getId())));
        assertEquals(first, again);
        assertEquals(maria.getId(), services.learners.findByCard(first.get(0).code()).map(Learner::getId).orElse(null));
    }

    @Test
    void anotherPrintOrTheSameOneAMinuteLaterMakesNewCards() {
        Caller eleni = net.educatorOf(net.athens);
        Instant now = Instant.parse("2026-05-05T10:00:00Z");
        services.printing.clock = Clock.fixed(now, ZoneOffset.UTC);
        String first = db.inTransaction(() -> services.printing.print(eleni, "page-2", List.of(maria.getId()))).get(0).code();
        String other = db.inTransaction(() -> services.printing.print(eleni, "page-3", List.of(maria.getId()))).get(0).code();
        assertNotEquals(first, other);
        services.printing.clock = Clock.fixed(now.plus(Duration.ofSeconds(61)), ZoneOffset.UTC);
        String later = db.inTransaction(() -> services.printing.print(eleni, "page-3", List.of(maria.getId()))).get(0).code();
        assertNotEquals(other, later);
        assertTrue(services.learners.findByCard(first).isEmpty() && services.learners.findByCard(other).isEmpty(),
                "only the newest card works");
        assertEquals(maria.getId(), services.learners.findByCard(later).map(Learner::getId).orElse(null));
        services.printing.clock = Clock.systemUTC();
    }

    @Test
    void anotherEducatorsPrintIsTheirOwn() {
        String mine = db.inTransaction(() -> services.printing.print(net.educatorOf(net.athens), "page-4", List.of(maria.getId()))).get(0).code();
        String admins = db.inTransaction(() -> services.printing.print(net.admin(), "page-4", List.of(maria.getId()))).get(0).code();
        assertNotEquals(mine, admins);
    }
}

package org.gefyra.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An educator makes a device a kiosk of their own site; the device is known by its token until released. */
class KioskServiceTest {

    static TestDatabase db;
    static TestNetwork net;
    static KioskService kiosks = new KioskService();

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        kiosks.em = db.em;
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void theDeviceIsRecognisedByItsTokenUntilReleased() {
        KioskService.NewKiosk made = db.inTransaction(() ->
                kiosks.register(net.educatorOf(net.athens), net.library.getId(), "Reading room"));
        assertEquals("Athens library", kiosks.byToken(made.token()).orElseThrow().getSite().getName());
        assertEquals(net.library.getId(), kiosks.siteOf(made.token()).orElseThrow(), "the site, for learner pages");
        assertTrue(kiosks.byToken(made.token() + "x").isEmpty());
        assertTrue(kiosks.siteOf(made.token() + "x").isEmpty());
        assertTrue(kiosks.byToken(null).isEmpty());
        assertTrue(kiosks.siteOf(null).isEmpty());
        db.run(() -> kiosks.release(net.educatorOf(net.athens), made.kiosk().getId()));
        assertTrue(kiosks.byToken(made.token()).isEmpty());
        assertTrue(kiosks.siteOf(made.token()).isEmpty(), "a released kiosk's learning counts for no site");
    }

    @Test
    void anEducatorCannotMakeOrReleaseKiosksOfAnotherOrganisation() {
        assertThrows(InvalidInputException.class, () -> db.run(() ->
                kiosks.register(net.educatorOf(net.athens), net.townHall.getId(), "Hall")));
        KioskService.NewKiosk turin = db.inTransaction(() ->
                kiosks.register(net.educatorOf(net.turin), net.townHall.getId(), "Hall"));
        assertThrows(NotAllowedException.class, () -> db.run(() ->
                kiosks.release(net.educatorOf(net.athens), turin.kiosk().getId())));
    }

    @Test
    void onlyTheTokensHashIsStored() {
        KioskService.NewKiosk made = db.inTransaction(() ->
                kiosks.register(net.educatorOf(net.athens), net.library.getId(), "Tablet"));
        String stored = db.em.createNativeQuery("select token_hash from kiosk where id = " + made.kiosk().getId())
                .getSingleResult().toString();
        assertEquals(64, stored.length());
        assertTrue(!stored.contains(made.token()));
    }
}

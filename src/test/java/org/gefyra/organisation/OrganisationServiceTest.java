package org.gefyra.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Who sees which organisations and sites, and the rules for adding them. */
class OrganisationServiceTest {

    static TestDatabase db;
    static TestNetwork net;
    static OrganisationService service = new OrganisationService();

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        service.em = db.em;
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void aCoordinatorSeesTheirOwnOrganisationAndANetworkCoordinatorSeesTheWholeNetwork() {
        assertEquals(1, service.organisations(net.coordinatorOf(net.turin, false)).size());
        assertEquals("Torino digitale", service.organisations(net.coordinatorOf(net.turin, false)).get(0).getName());
        assertEquals(2, service.organisations(net.coordinatorOf(net.turin, true)).size());
    }

    @Test
    void anEducatorSeesOnlyTheSitesOfTheirOrganisation() {
        assertEquals(1, service.sites(net.educatorOf(net.athens)).size());
        assertEquals("Athens library", service.sites(net.educatorOf(net.athens)).get(0).getName());
        assertThrows(NotAllowedException.class, () -> service.site(net.educatorOf(net.athens), net.townHall.getId()));
    }

    @Test
    void onlyAdministratorsAddOrganisations() {
        assertThrows(NotAllowedException.class, () -> service.createOrganisation(net.educatorOf(net.athens),
                net.network.getId(), "New", "Patras", OrganisationKind.CITY));
    }

    @Test
    void aNameUsedTwiceInANetworkIsRefusedAndNothingIsStored() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> db.run(() ->
                service.createOrganisation(net.admin(), net.network.getId(), " Athens helps ", "Athens", OrganisationKind.CITY)));
        assertEquals("error.nameTaken", refused.messageKey());
        assertEquals(2, service.organisations(net.admin()).size());
    }

    @Test
    void blankOrOverlongNamesAreRefused() {
        assertThrows(InvalidInputException.class, () -> new Network("  "));
        assertThrows(InvalidInputException.class, () -> new Organisation(net.network, "x".repeat(121), "City",
                OrganisationKind.CITY));
        assertThrows(InvalidInputException.class, () -> new Site(net.athens, "Bad\u0000name", SiteKind.OTHER, null));
    }

    @Test
    void anAdministratorRenamesASiteAndHidesItsLearnerList() {
        Site site = db.inTransaction(() -> service.createSite(net.admin(), net.athens.getId(), "Old name",
                SiteKind.COMMUNITY_CENTRE, "", true));
        db.run(() -> service.changeSite(net.admin(), site.getId(), "New name", SiteKind.COMMUNITY_CENTRE, null, false));
        db.em.clear();
        Site changed = db.em.find(Site.class, site.getId());
        assertEquals("New name", changed.getName());
        assertEquals(false, changed.isLearnerListShown());
    }
}

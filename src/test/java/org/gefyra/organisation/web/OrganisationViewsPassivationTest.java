package org.gefyra.organisation.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gefyra.account.web.FixedCaller;
import org.gefyra.organisation.OrganisationServices;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.web.Passivation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An administrator's pages of organisations and sites survive the session being written away and read back. */
class OrganisationViewsPassivationTest {

    static TestDatabase db;
    static TestNetwork net;

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void theOrganisationsListAndANewOrganisationBeingTypedComeBack() {
        OrganisationsView view = new OrganisationsView();
        view.organisations = OrganisationServices.on(db.em);
        view.caller = new FixedCaller(net.admin());
        view.load();
        view.setName("Patras Library Service");

        OrganisationsView restored = Passivation.reconnect(Passivation.passivateAndRestore(view), view);

        Passivation.assertSameState(view, restored);
        assertEquals("Patras Library Service", restored.getName());
        assertEquals(net.network.getId(), restored.getNetworkId());
        assertTrue(restored.getAll().stream().anyMatch(o -> o.networkName().equals("Test network")));
        restored.load();
        assertEquals(view.getAll(), restored.getAll(), "its services work again");
    }

    @Test
    void theSitesListAndASiteBeingChangedComeBack() {
        SitesView sites = new SitesView();
        sites.organisations = OrganisationServices.on(db.em);
        sites.caller = new FixedCaller(net.admin());
        sites.load();
        sites.getForm().setName("Reading room");
        SitesView restoredSites = Passivation.reconnect(Passivation.passivateAndRestore(sites), sites);
        Passivation.assertSameState(sites, restoredSites);
        assertEquals("Reading room", restoredSites.getForm().getName());

        SiteEditView site = new SiteEditView();
        site.organisations = OrganisationServices.on(db.em);
        site.caller = new FixedCaller(net.admin());
        site.setId(net.townHall.getId());
        site.load();
        SiteEditView restoredSite = Passivation.reconnect(Passivation.passivateAndRestore(site), site);
        Passivation.assertSameState(site, restoredSite);
        assertEquals("Torino digitale", restoredSite.getOrganisationName());
        restoredSite.load();
        assertEquals("Turin town hall", restoredSite.getForm().getName(), "it still knows which site it changes");
    }

    @Test
    void anOrganisationBeingChangedComesBack() {
        OrganisationEditView view = new OrganisationEditView();
        view.organisations = OrganisationServices.on(db.em);
        view.caller = new FixedCaller(net.admin());
        view.setId(net.athens.getId());
        view.load();
        view.setCity("Piraeus");

        OrganisationEditView restored = Passivation.reconnect(Passivation.passivateAndRestore(view), view);

        Passivation.assertSameState(view, restored);
        assertEquals("Piraeus", restored.getCity());
        assertEquals("Test network", restored.getNetworkName());
    }
}

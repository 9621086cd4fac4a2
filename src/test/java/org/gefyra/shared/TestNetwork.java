package org.gefyra.shared;

import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;
import org.gefyra.account.StaffAccount;
import org.gefyra.organisation.Network;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationKind;
import org.gefyra.organisation.Site;
import org.gefyra.organisation.SiteKind;

/** Two organisations of one network, each with a site and a member of staff, and callers of every role, for unit tests. */
public final class TestNetwork {

    public final Network network;
    public final Organisation athens;
    public final Organisation turin;
    public final Site library;
    public final Site townHall;
    private final StaffAccount administrator;
    private final StaffAccount athensStaff;
    private final StaffAccount turinStaff;

    public TestNetwork(TestDatabase db) {
        network = new Network("Test network");
        athens = new Organisation(network, "Athens helps", "Athens", OrganisationKind.CITY);
        turin = new Organisation(network, "Torino digitale", "Turin", OrganisationKind.NGO);
        library = new Site(athens, "Athens library", SiteKind.LIBRARY, null);
        townHall = new Site(turin, "Turin town hall", SiteKind.TOWN_HALL, "Piazza 1");
        administrator = new StaffAccount("root", "Admin", Role.ADMIN, null, false, "hash");
        athensStaff = new StaffAccount("athens", "Athens staff", Role.EDUCATOR, athens, false, "hash");
        turinStaff = new StaffAccount("turin", "Turin staff", Role.EDUCATOR, turin, false, "hash");
        db.run(() -> {
            db.em.persist(network);
            db.em.persist(athens);
            db.em.persist(turin);
            db.em.persist(library);
            db.em.persist(townHall);
            db.em.persist(administrator);
            db.em.persist(athensStaff);
            db.em.persist(turinStaff);
        });
    }

    public Caller admin() {
        return Caller.staff(administrator.getId(), Role.ADMIN, "Admin", null, null, false);
    }

    public Caller educatorOf(Organisation organisation) {
        long id = staffOf(organisation).getId();
        return Caller.staff(id, Role.EDUCATOR, "Educator", organisation.getId(), network.getId(), false);
    }

    public Caller coordinatorOf(Organisation organisation, boolean networkWide) {
        long id = staffOf(organisation).getId();
        return Caller.staff(id, Role.COORDINATOR, "Coordinator", organisation.getId(), network.getId(), networkWide);
    }

    private StaffAccount staffOf(Organisation organisation) {
        return organisation == athens ? athensStaff : turinStaff;
    }
}

package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.gefyra.account.StaffAccount;
import org.gefyra.content.ContentLibrary;
import org.gefyra.content.TestLibraries;
import org.gefyra.organisation.Network;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationKind;
import org.gefyra.organisation.OrganisationServices;
import org.gefyra.organisation.Site;
import org.gefyra.organisation.SiteKind;
import org.gefyra.shared.GefyraSettings;
import org.gefyra.shared.TestSettings;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

/**
 * A network of three partner organisations in two cities, with the generated learning history of
 * {@link ReportDataSet}, a member of staff of every kind, and the report services wired to the
 * database as the container would wire them.
 */
final class ReportWorld {

    static final String BASE = "https://reports.example/xapi";

    private static ReportWorld shared;
    private static org.gefyra.shared.TestDatabase sharedDatabase;

    /** One world for every report test class of the run: it is only read, and making it takes a while. */
    static synchronized ReportWorld shared() {
        if (shared == null) {
            sharedDatabase = new org.gefyra.shared.TestDatabase();
            shared = in(sharedDatabase);
        }
        return shared;
    }

    /** A world written into a test database, each batch committed and the persistence context cleared. */
    static ReportWorld in(org.gefyra.shared.TestDatabase db, int copies, long firstLearnerId) {
        return new ReportWorld(db.em, () -> db.em.getTransaction().begin(), () -> {
            db.em.getTransaction().commit();
            db.em.clear();
        }, copies, firstLearnerId);
    }

    static ReportWorld in(org.gefyra.shared.TestDatabase db) {
        return in(db, 1, 1000);
    }

    /** Runs work in a transaction of the shared world's database. */
    static <T> T read(java.util.function.Supplier<T> work) {
        shared();
        return sharedDatabase.inTransaction(work);
    }

    final EntityManager em;
    final Network network;
    final Organisation athens;
    final Organisation turin;
    final Organisation piraeus;
    final Site library;
    final Site centre;
    final Site townHall;
    final Site port;
    final ReportDataSet data;
    final ReportService reports = new ReportService();
    final ReportDocuments documents = new ReportDocuments();
    final XapiStatements statements = new XapiStatements();
    final ReportRollup rollup = new ReportRollup();
    private final StaffAccount admin;
    private final StaffAccount athensStaff;
    private final StaffAccount turinStaff;

    ReportWorld(EntityManager em, Runnable begin, Runnable commit, int copies) {
        this(em, begin, commit, copies, 1000);
    }

    ReportWorld(EntityManager em, Runnable begin, Runnable commit, int copies, long firstLearnerId) {
        this.em = em;
        network = new Network("Reports network " + firstLearnerId);
        athens = new Organisation(network, "Athens helps", "Athens", OrganisationKind.CITY);
        turin = new Organisation(network, "Torino digitale", "Turin", OrganisationKind.NGO);
        piraeus = new Organisation(network, "Piraeus bridge", "Athens", OrganisationKind.NGO);
        library = new Site(athens, "Athens library", SiteKind.LIBRARY, null);
        centre = new Site(athens, "Athens centre", SiteKind.COMMUNITY_CENTRE, null);
        townHall = new Site(turin, "Turin town hall", SiteKind.TOWN_HALL, null);
        port = new Site(piraeus, "Piraeus port", SiteKind.COMMUNITY_CENTRE, null);
        admin = new StaffAccount("root-" + firstLearnerId, "Admin", Role.ADMIN, null, false, "hash");
        athensStaff = new StaffAccount("athens-" + firstLearnerId, "Athens staff", Role.COORDINATOR, athens, false, "hash");
        turinStaff = new StaffAccount("turin-" + firstLearnerId, "Turin staff", Role.COORDINATOR, turin, false, "hash");
        begin.run();
        for (Object entity : List.of(network, athens, turin, piraeus, library, centre, townHall, port, admin, athensStaff,
                turinStaff)) {
            em.persist(entity);
        }
        em.flush();
        data = new ReportDataSet(List.of(place(library), place(centre), place(townHall), place(port)), firstLearnerId,
                copies);
        try {
            data.write(em.unwrap(Connection.class));
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        commit.run();

        GefyraSettings settings = TestSettings.withContent("content", BASE);
        ContentLibrary library = TestLibraries.loaded(settings);
        ReportLabels labels = new ReportLabels();
        labels.em = em;
        labels.library = library;
        CompetenceTable competences = new CompetenceTable();
        competences.em = em;
        competences.library = library;
        rollup.em = em;
        reports.rollup = rollup;
        reports.em = em;
        reports.organisations = OrganisationServices.on(em);
        reports.competences = competences;
        reports.labels = labels;
        reports.zone = ReportDataSet.ZONE;
        documents.reports = reports;
        documents.labels = labels;
        XapiSecret secret = new XapiSecret();
        secret.em = em;
        statements.em = em;
        statements.reports = reports;
        statements.library = library;
        statements.secret = secret;
    }

    private static ReportDataSet.Place place(Site site) {
        Organisation o = site.getOrganisation();
        return new ReportDataSet.Place(o.getId(), o.getName(), o.getCity(), site.getId(), site.getName());
    }

    Caller admin() {
        return Caller.staff(admin.getId(), Role.ADMIN, "Admin", null, null, false);
    }

    Caller coordinatorOf(Organisation organisation, boolean networkWide) {
        StaffAccount account = organisation == turin ? turinStaff : athensStaff;
        return Caller.staff(account.getId(), Role.COORDINATOR, "Coordinator", organisation.getId(), network.getId(),
                networkWide);
    }

    Caller educatorOf(Organisation organisation) {
        return Caller.staff(athensStaff.getId(), Role.EDUCATOR, "Educator", organisation.getId(), network.getId(), false);
    }
}

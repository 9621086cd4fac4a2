package org.gefyra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.gefyra.account.AccountService;
import org.gefyra.learner.AgeBand;
import org.gefyra.learner.Consent;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerGroup;
import org.gefyra.learner.LearnerForm;
import org.gefyra.learner.LearnerService;
import org.gefyra.learner.Picture;
import org.gefyra.learner.TargetGroup;
import org.gefyra.organisation.Network;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationKind;
import org.gefyra.organisation.Site;
import org.gefyra.organisation.SiteKind;
import org.gefyra.shared.security.Role;

/**
 * A small network to try Gefyra with: two partner organisations in two cities, three sites, an
 * educator at each site, a coordinator per organisation, a handful of learners and a group. Created only
 * on an empty database and only while {@code GEFYRA_DEMO} is on; the README lists the accounts.
 */
@ApplicationScoped
public class DemoNetwork {

    /** Every demo staff account has this password; the README says so. Demo data is for trying Gefyra out. */
    public static final String STAFF_PASSWORD = "gefyra-demo";

    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    LearnerService learners;

    @Transactional
    public void createIfEmpty() {
        if (em.createQuery("select count(n) from Network n", Long.class).getSingleResult() > 0) {
            return;
        }
        Network network = persist(new Network("Gefyra demo network"));
        Organisation thessaloniki = persist(new Organisation(network, "Thessaloniki Digital Bridges",
                "Thessaloniki", OrganisationKind.CITY));
        Organisation malmo = persist(new Organisation(network, "Malmö Together", "Malmö", OrganisationKind.NGO));
        Site library = persist(new Site(thessaloniki, "Central Library", SiteKind.LIBRARY, "Egnatia 10"));
        Site centre = persist(new Site(thessaloniki, "Kalamaria Community Centre", SiteKind.COMMUNITY_CENTRE,
                "Komninon 5"));
        Site townHall = persist(new Site(malmo, "Malmö Town Hall", SiteKind.TOWN_HALL, "Stortorget 2"));

        staff("eleni", "Eleni Papadaki", Role.EDUCATOR, thessaloniki, false);
        staff("nikos", "Nikos Georgiou", Role.EDUCATOR, thessaloniki, false);
        staff("sara", "Sara Lindqvist", Role.EDUCATOR, malmo, false);
        staff("dimitra", "Dimitra Kosta", Role.COORDINATOR, thessaloniki, true);
        staff("johan", "Johan Berg", Role.COORDINATOR, malmo, false);

        Learner maria = learner(library, "Maria", Picture.FLOWER, "el", AgeBand.FROM_65_TO_74, "DEM2MARA", "1234",
                TargetGroup.OLDER_PERSON);
        Learner ahmed = learner(library, "Ahmed", Picture.BOAT, "ar", AgeBand.FROM_25_TO_44, "DEM2AHMD", "2345",
                TargetGroup.MIGRANT);
        learner(library, "Giovanni", Picture.SUN, "it", AgeBand.FROM_75, "DEM2GVAN", "3456",
                TargetGroup.OLDER_PERSON, TargetGroup.MIGRANT);
        learner(centre, "Eleni", Picture.BIRD, "el", AgeBand.FROM_65_TO_74, "DEM2ELEN", "4567", TargetGroup.OLDER_PERSON);
        learner(centre, "Anna", Picture.TREE, "en", AgeBand.FROM_45_TO_64, "DEM2ANNA", "5678", TargetGroup.OTHER);
        learner(townHall, "Fatima", Picture.MOON, "ar", AgeBand.FROM_45_TO_64, "DEM2FATM", "6789", TargetGroup.MIGRANT);
        learner(townHall, "Lars", Picture.FISH, "sv", AgeBand.FROM_75, "DEM2LARS", "7890", TargetGroup.OLDER_PERSON);
        LearnerGroup tuesday = persist(new LearnerGroup(thessaloniki, "Tuesday morning group", null));
        tuesday.add(maria);
        tuesday.add(ahmed);
        LOG.info("Created the demo network (GEFYRA_DEMO is on): see the README for its accounts.");
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }

    private void staff(String username, String name, Role role, Organisation organisation, boolean networkWide) {
        accounts.createInitial(username, name, role, organisation, networkWide, STAFF_PASSWORD);
    }

    private Learner learner(Site site, String name, Picture picture, String language, AgeBand ageBand,
            String cardCode, String pin, TargetGroup... groups) {
        LearnerForm form = new LearnerForm();
        form.displayName = name;
        form.picture = picture;
        form.language = language;
        form.ageBand = ageBand;
        form.targetGroups = groups;
        form.pin = pin;
        Learner learner = learners.registerAt(site, form, Consent.given(true, true, null, null));
        em.flush();
        learners.keepCard(learner.getId(), cardCode);
        return learner;
    }
}

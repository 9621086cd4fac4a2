package org.gefyra.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.gefyra.account.AccountService;
import org.gefyra.account.StaffAccount;
import org.gefyra.learner.AgeBand;
import org.gefyra.learner.Consent;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerGroup;
import org.gefyra.learner.LearnerForm;
import org.gefyra.learner.LearnerService;
import org.gefyra.learner.Picture;
import org.gefyra.learner.TargetGroup;
import org.gefyra.organisation.Accessibility;
import org.gefyra.organisation.Network;
import org.gefyra.organisation.OpeningHours;
import org.gefyra.organisation.Organisation;
import org.gefyra.organisation.OrganisationKind;
import org.gefyra.organisation.Site;
import org.gefyra.organisation.SiteDetails;
import org.gefyra.organisation.SiteKind;
import org.gefyra.session.LearningSession;
import org.gefyra.session.SessionKind;
import org.gefyra.session.SessionPlan;
import org.gefyra.shared.security.Role;

/**
 * A small network to try Gefyra with: two partner organisations in two cities, three sites (with
 * their opening hours and languages), an educator at each site, a coordinator per organisation,
 * a handful of learners and a group, and a few coming sessions. Created only on an empty database
 * and only while {@code GEFYRA_DEMO} is on; the README lists the accounts.
 */
@ApplicationScoped
public class DemoNetwork {

    /** Every demo staff account has this password; the README says so. Demo data is for trying Gefyra out. */
    public static final String STAFF_PASSWORD = "gefyra-demo";

    private static final Logger LOG = Logger.getLogger(DemoNetwork.class.getName());
    private static final String NETWORK = "Gefyra demo network";

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
        Network network = persist(new Network(NETWORK));
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
        staff("katerina", "Katerina Ioannou", Role.AUTHOR, thessaloniki, false);

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
        library.keepPublicDetails(new SiteDetails("Egnatia 10", null, hours("9:00-20:00", "9:00-20:00", "9:00-20:00",
                "9:00-20:00", "9:00-15:00", "10:00-14:00", ""), List.of("ar", "el", "en"),
                EnumSet.of(Accessibility.STEP_FREE, Accessibility.ACCESSIBLE_TOILET), "Lift to the first floor."));
        centre.keepPublicDetails(new SiteDetails("Komninon 5", "Kalamaria", hours("", "10:00-13:00, 17:00-20:00", "",
                "10:00-13:00, 17:00-20:00", "", "", ""), List.of("el", "en", "ru"),
                EnumSet.of(Accessibility.HEARING_LOOP), null));
        townHall.keepPublicDetails(new SiteDetails("Stortorget 2", null, hours("8:00-16:00", "8:00-16:00", "8:00-18:00",
                "8:00-16:00", "8:00-15:00", "", ""), List.of("ar", "en", "fa", "sv", "ti"),
                EnumSet.of(Accessibility.STEP_FREE, Accessibility.ACCESSIBLE_TOILET, Accessibility.QUIET_ROOM), null));
        LOG.info("Created the demo network (GEFYRA_DEMO is on): see the README for its accounts.");
    }

    /**
     * Keeps a few coming sessions open to newcomers in the demo network, so that the public page
     * of places to get help shows some whenever the demo starts: none are added while some are ahead.
     */
    @Transactional
    public void keepSessionsAhead() {
        LocalDate today = LocalDate.now();
        long ahead = em.createQuery("select count(s) from LearningSession s where s.startsAt > ?1", Long.class)
                .setParameter(1, today.plusDays(1).atStartOfDay()).getSingleResult();
        if (ahead > 0 || em.createQuery("select count(n) from Network n where n.name = ?1", Long.class)
                .setParameter(1, NETWORK).getSingleResult() == 0) {
            return;
        }
        session("Central Library", "eleni", "Drop-in: help with your phone", SessionKind.DROP_IN, today.plusDays(2), 10, 12,
                "sign-in-digital-id", "book-doctor-appointment");
        session("Kalamaria Community Centre", "nikos", "Safe online: spotting scams", SessionKind.GROUP_CLASS,
                today.plusDays(3), 17, 19, "spot-scam-messages", "passwords-and-codes");
        session("Malmö Town Hall", "sara", "Drop-in: e-services and BankID", SessionKind.DROP_IN, today.plusDays(4), 13, 15,
                "sign-in-digital-id", "pay-utility-bill");
        session("Central Library", "eleni", "Video calls with family", SessionKind.GROUP_CLASS, today.plusDays(9), 10, 12,
                "video-call-family");
        session("Malmö Town Hall", "sara", "Booking appointments online", SessionKind.GROUP_CLASS, today.plusDays(11), 13, 15,
                "book-doctor-appointment");
        LOG.info("Planned the demo network's coming sessions.");
    }

    private void session(String siteName, String educator, String title, SessionKind kind, LocalDate date, int from,
            int to, String... modules) {
        Site site = em.createQuery("select s from Site s where s.name = ?1", Site.class).setParameter(1, siteName)
                .getResultStream().findFirst().orElse(null);
        StaffAccount account = em.createQuery("select a from StaffAccount a where a.username = ?1", StaffAccount.class)
                .setParameter(1, educator).getResultStream().findFirst().orElse(null);
        if (site == null || account == null) {
            return;
        }
        SessionPlan plan = new SessionPlan();
        plan.title = title;
        plan.kind = kind;
        plan.date = date;
        plan.start = LocalTime.of(from, 0);
        plan.end = LocalTime.of(to, 0);
        plan.capacity = kind == SessionKind.DROP_IN ? 12 : 8;
        plan.moduleIds = List.of(modules);
        plan.educatorIds = List.of(account.getId());
        em.persist(new LearningSession(site, plan, account.getId()));
    }

    private static OpeningHours hours(String... mondayToSunday) {
        Map<DayOfWeek, List<OpeningHours.Hours>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, OpeningHours.typed(day.name(), mondayToSunday[day.ordinal()]));
        }
        return new OpeningHours(days);
    }

    /** Written at once, so that the demo's ids follow the order of this file on every database. */
    private <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
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

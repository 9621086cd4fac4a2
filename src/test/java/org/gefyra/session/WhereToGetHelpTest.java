package org.gefyra.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.gefyra.organisation.Accessibility;
import org.gefyra.organisation.OpeningHours;
import org.gefyra.organisation.OrganisationServices;
import org.gefyra.organisation.SiteDetails;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.NotAllowedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public page of places to get help: every site with what its educators keep about it, and
 * its coming sessions open to newcomers only, by town and language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhereToGetHelpTest {

    final RunningSession running = new RunningSession();
    final SessionServices services = running.services;

    @BeforeAll
    void planSessions() {
        running.db.run(() -> OrganisationServices.on(running.db.em).keepSiteDetails(running.educator,
                running.net.library.getId(), new SiteDetails("Odos 1", "Kypseli",
                        new OpeningHours(Map.of(DayOfWeek.MONDAY, OpeningHours.typed("MONDAY", "9-17"))),
                        List.of("el", "ar"), EnumSet.of(Accessibility.STEP_FREE), "Ring the bell")));
        plan("Open drop-in", SessionKind.DROP_IN, true, 3);
        plan("Closed circle", SessionKind.GROUP_CLASS, false, 3);
        plan("Just us two", SessionKind.ONE_TO_ONE, true, 3);
        plan("Too far ahead", SessionKind.DROP_IN, true, 60);
    }

    @AfterAll
    void tearDown() {
        running.db.close();
    }

    void plan(String title, SessionKind kind, boolean open, int inDays) {
        SessionPlan plan = new SessionPlan();
        plan.siteId = running.net.library.getId();
        plan.title = title;
        plan.kind = kind;
        plan.openToNewcomers = open;
        plan.date = LocalDate.now().plusDays(inDays);
        plan.start = LocalTime.of(10, 0);
        plan.end = LocalTime.of(12, 0);
        plan.moduleIds.add("spot-scam-messages");
        plan.educatorIds.add(running.educator.id());
        running.db.inTransaction(() -> services.sessions.plan(running.educator, plan));
    }

    @Test
    void aPlaceShowsItsDetailsAndOnlyItsComingSessionsOpenToNewcomers() {
        WhereToGetHelp.Place library = running.db.inTransaction(() -> services.help.places(null, null, "el")).stream()
                .filter(p -> p.name().equals("Athens library")).findFirst().orElseThrow();
        assertEquals("Kypseli", library.town());
        assertEquals("Odos 1", library.address());
        assertEquals(List.of("ar", "el"), library.languages());
        assertEquals(EnumSet.of(Accessibility.STEP_FREE), library.accessibility());
        assertEquals("09:00\u201317:00", library.openingHours().typedFor(DayOfWeek.MONDAY));
        assertEquals(List.of("Open drop-in"), library.sessions().stream().map(WhereToGetHelp.OpenSession::title).toList());
        assertTrue(library.sessions().get(0).moduleTitles().get(0).length() > 3, "the module's title in Greek");
    }

    @Test
    void placesAreFoundByTownAndLanguage() {
        assertEquals(List.of("Athens library"), names("kypseli", null));
        assertEquals(List.of("Turin town hall"), names("Turin", null), "a site without a town of its own is in its city");
        assertEquals(List.of("Athens library"), names(null, "ar"));
        assertTrue(names("Turin", "ar").isEmpty());
        assertEquals(List.of("Kypseli", "Turin"), running.db.inTransaction(() -> services.help.towns()));
    }

    @Test
    void onlyTheOrganisationsEducatorsKeepTheirSitesDetails() {
        SiteDetails details = new SiteDetails(null, null, OpeningHours.NONE, List.of(), EnumSet.noneOf(Accessibility.class), null);
        var organisations = OrganisationServices.on(running.db.em);
        org.junit.jupiter.api.Assertions.assertThrows(NotAllowedException.class, () -> running.db.run(() ->
                organisations.keepSiteDetails(running.net.educatorOf(running.net.turin), running.net.library.getId(), details)));
        org.junit.jupiter.api.Assertions.assertThrows(NotAllowedException.class, () -> running.db.run(() ->
                organisations.keepSiteDetails(running.net.coordinatorOf(running.net.athens, true), running.net.library.getId(),
                        details)));
        org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, () -> running.db.run(() ->
                organisations.keepSiteDetails(running.educator, running.net.library.getId(), new SiteDetails(null, null,
                        OpeningHours.NONE, List.of("not a language"), EnumSet.noneOf(Accessibility.class), null))));
        assertEquals("Kypseli", running.db.inTransaction(() -> services.help.places("Kypseli", null, "en")).get(0).town(),
                "nothing changed");
    }

    private List<String> names(String town, String language) {
        return running.db.inTransaction(() -> services.help.places(town, language, "en")).stream()
                .map(WhereToGetHelp.Place::name).toList();
    }
}

package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.gefyra.learner.Consent;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerServices;
import org.gefyra.learner.Picture;
import org.gefyra.organisation.OrganisationServices;
import org.gefyra.organisation.Site;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reports count people only in groups of five or more. */
class ReportServiceTest {

    static TestDatabase db;
    static TestNetwork net;
    static ReportService reports = new ReportService();

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        net = new TestNetwork(db);
        reports.em = db.em;
        reports.organisations = OrganisationServices.on(db.em);
        register(net.library, 6);
        register(net.townHall, 4);
        db.run(() -> {
            for (int i = 0; i < 3; i++) {
                db.em.persist(new Learner(net.library, "Not counted " + i, Picture.SUN, "en", null, null,
                        Consent.given(true, false, null, null), "hash"));
            }
        });
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void groupsOfFiveOrMoreAreCountedAndSmallerOnesHidden() {
        List<OrganisationSummary> summaries = reports.summaries(net.admin());
        OrganisationSummary athens = summaries.stream().filter(s -> s.city().equals("Athens")).findFirst().orElseThrow();
        OrganisationSummary turin = summaries.stream().filter(s -> s.city().equals("Turin")).findFirst().orElseThrow();
        assertEquals(6L, athens.learners(), "the three who did not agree to be counted are not");
        assertNull(turin.learners(), "four learners could be recognised");
        assertNull(athens.modulesStarted());
    }

    @Test
    void aCoordinatorSeesOnlyTheirOrganisationAndEducatorsNoReports() {
        assertEquals(List.of("Turin"), reports.summaries(net.coordinatorOf(net.turin, false)).stream()
                .map(OrganisationSummary::city).toList());
        assertThrows(NotAllowedException.class, () -> reports.summaries(net.educatorOf(net.turin)));
    }

    private static void register(Site site, int count) {
        db.run(() -> {
            for (int i = 0; i < count; i++) {
                db.em.persist(LearnerServices.someone(site, "L" + i));
            }
        });
    }
}

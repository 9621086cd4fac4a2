package org.gefyra.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerServices;
import org.gefyra.organisation.Site;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.TestNetwork;
import org.gefyra.shared.security.Caller;

/** A test network with a session open today at the Athens library, and learners to join it. */
final class RunningSession {

    final TestDatabase db = new TestDatabase();
    final TestNetwork net = new TestNetwork(db);
    final SessionServices services = new SessionServices(db);
    final Caller educator = net.educatorOf(net.athens);

    /** Plans and opens a session today at the Athens library, for the day. */
    LearningSession open(String title, int capacity) {
        SessionPlan plan = new SessionPlan();
        plan.siteId = net.library.getId();
        plan.title = title;
        plan.kind = SessionKind.DROP_IN;
        plan.date = LocalDate.now();
        plan.start = LocalTime.of(0, 1);
        plan.end = LocalTime.of(23, 59);
        plan.capacity = capacity;
        plan.moduleIds.add("sign-in-digital-id");
        plan.educatorIds.add(educator.id());
        long id = db.inTransaction(() -> services.sessions.plan(educator, plan)).getId();
        return db.inTransaction(() -> services.sessions.open(educator, id));
    }

    Caller learnerAt(Site site, String name) {
        Learner learner = LearnerServices.someone(site, name);
        db.run(() -> db.em.persist(learner));
        return Caller.learner(learner.getId(), name, site.getOrganisation().getId(), net.network.getId(), site.getId());
    }

    static Caller guest() {
        return Caller.guest(UUID.randomUUID().toString());
    }
}

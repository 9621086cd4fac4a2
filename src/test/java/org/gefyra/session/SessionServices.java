package org.gefyra.session;

import java.util.Optional;
import org.gefyra.content.StarterModules;
import org.gefyra.learner.LearnerService;
import org.gefyra.learner.LearnerServices;
import org.gefyra.learning.LearnerKey;
import org.gefyra.learning.ProgressServices;
import org.gefyra.learning.ProgressService;
import org.gefyra.organisation.OrganisationServices;
import org.gefyra.shared.TestDatabase;

/** The sessions feature's services wired to a test database, as the container would wire them. */
public final class SessionServices {

    public final SessionService sessions = new SessionService();
    public final AttendanceService attendance = new AttendanceService();
    public final JoinService joins = new JoinService();
    public final LiveSession live = new LiveSession();
    public final SessionSummaries summaries = new SessionSummaries();
    public final WhereToGetHelp help = new WhereToGetHelp();
    public final JoinedSession joined = new JoinedSession();
    public final PresenceRows presence = new PresenceRows();
    public final LearnerService learners;
    public final ProgressService progress;

    public SessionServices(TestDatabase db) {
        learners = new LearnerServices(db).learners;
        summaries.em = db.em;
        sessions.em = db.em;
        sessions.library = StarterModules.library();
        sessions.summaries = summaries;
        attendance.em = db.em;
        attendance.sessions = sessions;
        attendance.learners = learners;
        live.em = db.em;
        live.sessions = sessions;
        live.attendance = attendance;
        live.library = StarterModules.library();
        help.em = db.em;
        help.organisations = OrganisationServices.on(db.em);
        help.library = StarterModules.library();
        joins.em = db.em;
        presence.dataSource = db.dataSource;
        joined.presence = eachAskingARequest(presence);
        progress = ProgressServices.on(db, StarterModules.library());
    }

    /** What the container's request scope gives JoinedSession, when every asking here is a request of its own. */
    private static RequestPresence eachAskingARequest(PresenceRows rows) {
        RequestPresence presence = new RequestPresence() {
            @Override
            public Optional<JoinService.Joined> of(LearnerKey who) {
                forget();
                return super.of(who);
            }
        };
        presence.rows = rows;
        return presence;
    }
}

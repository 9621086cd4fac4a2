package org.gefyra.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.gefyra.learning.CurrentSession;
import org.gefyra.learning.LearnerKey;

/** Tells learning which session a learner's learning counts for: the running one they are present at. */
@ApplicationScoped
public class JoinedSession implements CurrentSession {

    @Inject
    RequestPresence presence;

    @Override
    public Optional<Long> of(LearnerKey who) {
        return presence.of(who).map(JoinService.Joined::sessionId);
    }
}

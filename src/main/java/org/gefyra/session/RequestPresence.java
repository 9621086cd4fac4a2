package org.gefyra.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gefyra.learning.LearnerKey;

/**
 * The running session a learner is in, asked once per request: a step page needs it twice (the
 * session its event counts for, and its help button), and each asking was a query. Whatever changes
 * the person's presence in this request (joining with a code, asking for help) forgets the answer.
 */
@RequestScoped
public class RequestPresence {

    @Inject
    PresenceRows rows;

    private final Map<LearnerKey, Optional<JoinService.Joined>> known = new HashMap<>();

    public Optional<JoinService.Joined> of(LearnerKey who) {
        Optional<JoinService.Joined> joined = known.get(who);
        if (joined == null) {
            joined = rows.current(who);
            known.put(who, joined);
        }
        return joined;
    }

    public void forget() {
        known.clear();
    }
}

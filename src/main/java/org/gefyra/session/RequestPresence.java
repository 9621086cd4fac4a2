package org.gefyra.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gefyra.learning.LearnerKey;

/**
 * The running session a learner is in, asked once per request: a step page needs it twice (the
 * session its event counts for, and its help button), and each asking was a query. An answer of
 * the last second is taken from {@link RecentPresence}. Whatever changes the person's presence in
 * this request (joining with a code, asking for help) forgets the answer, and the request asks the
 * database from then on.
 */
@RequestScoped
public class RequestPresence {

    @Inject
    JoinService joins;

    @Inject
    RecentPresence recent;

    private final Map<LearnerKey, Optional<JoinService.Joined>> known = new HashMap<>();
    private boolean changed;

    public Optional<JoinService.Joined> of(LearnerKey who) {
        Optional<JoinService.Joined> joined = known.get(who);
        if (joined == null) {
            joined = recent == null || changed ? null : recent.of(who);
        }
        if (joined == null) {
            RecentPresence.Asking asking = recent == null ? null : recent.asking();
            joined = joins.current(who);
            if (recent != null && !changed) {
                recent.keep(who, joined, asking);
            }
        }
        known.put(who, joined);
        return joined;
    }

    public void forget() {
        known.clear();
        changed = true;
        if (recent != null) {
            recent.forgetAll();
        }
    }
}

package org.gefyra.learning;

import org.gefyra.account.Caller;
import org.gefyra.account.Role;
import org.gefyra.shared.NotAllowedException;

/**
 * Whose learning this is: a registered learner, or a guest's visit (known only by a random key
 * that dies with their session). Only learners and guests learn.
 */
public record LearnerKey(Long learnerId, String guestKey, Long organisationId) {

    public static LearnerKey of(Caller caller) {
        if (caller.is(Role.LEARNER)) {
            return new LearnerKey(caller.id(), null, caller.organisationId());
        }
        if (caller.is(Role.GUEST)) {
            return new LearnerKey(null, caller.guestKey(), null);
        }
        throw new NotAllowedException("only learners and guests learn");
    }

    public boolean isGuest() {
        return learnerId == null;
    }
}

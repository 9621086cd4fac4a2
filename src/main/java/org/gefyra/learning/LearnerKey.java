package org.gefyra.learning;

import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;

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

    /** A JPQL condition on an entity with learnerId and guestKey that picks this learner's rows; parameter 1 is {@link #value()}. */
    String condition(String alias) {
        return alias + (isGuest() ? ".guestKey = ?1" : ".learnerId = ?1");
    }

    Object value() {
        return isGuest() ? guestKey : learnerId;
    }
}

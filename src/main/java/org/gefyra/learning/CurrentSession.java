package org.gefyra.learning;

import java.util.Optional;

/**
 * The facilitated session a learner's learning counts for at this moment, if they joined one.
 * The sessions feature, a floor above, answers it; learning only asks, so that its events can
 * carry the session without knowing what a session is.
 */
public interface CurrentSession {

    Optional<Long> of(LearnerKey who);
}

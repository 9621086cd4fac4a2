package org.gefyra.session;

import java.io.Serializable;

/** A learner the educator may put on a session's list, with their home site. */
public record LearnerChoice(long id, String name, String siteName) implements Serializable {
}

package org.gefyra.learner;

import java.io.Serializable;

/** A group as lists show it: its name and how many learners it has. */
public record GroupSummary(long id, String name, long members) implements Serializable {
}

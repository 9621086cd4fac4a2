package org.gefyra.learning.sandbox;

import java.io.Serializable;

/**
 * One way in which what the learner did differs from the task: for a goal key, what they chose
 * and what the task asks for. Either may be null when there is nothing to name.
 */
public record Difference(String key, String chosen, String wanted) implements Serializable {
}

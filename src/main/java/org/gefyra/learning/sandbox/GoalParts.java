package org.gefyra.learning.sandbox;

import java.io.Serializable;

/**
 * How far a learner is towards a goal of several like parts, such as "report the three scams":
 * each part done is a step forward, not a mistake.
 */
public record GoalParts(int done, int wanted) implements Serializable {

    public boolean isComplete() {
        return done >= wanted;
    }

    public int left() {
        return Math.max(0, wanted - done);
    }
}

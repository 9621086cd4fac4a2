package org.gefyra.learning;

import java.io.Serializable;

/**
 * What an educator looks for among their learners. Every part is optional.
 *
 * @param text part of a name, or a card's code
 * @param lastSeen when they were last signed in
 * @param switchedOff true to list the switched-off learners instead of the others
 */
public record LearnerSearch(String text, Long siteId, Long groupId, String moduleId, LastSeen lastSeen,
        boolean switchedOff) implements Serializable {

    /** When a learner last signed in, as the list filters it. */
    public enum LastSeen {
        ANY, WEEK, MONTH, LONGER, NEVER
    }

    public static LearnerSearch everyone() {
        return new LearnerSearch(null, null, null, null, LastSeen.ANY, false);
    }
}

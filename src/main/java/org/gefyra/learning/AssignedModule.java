package org.gefyra.learning;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A module given to a learner or a group, as an educator's page lists it.
 *
 * @param groupName the group it came through, for a learner's module given to their group; null if given to them
 */
public record AssignedModule(String moduleId, String title, LocalDate targetDate, String groupName)
        implements Serializable {

    public boolean isThroughGroup() {
        return groupName != null;
    }
}

package org.gefyra.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * An educator asked a group to do a module, perhaps by a date: every learner in the group, now
 * or later, sees it among their assigned modules.
 */
@Entity
@Table(name = "group_assignment")
public class GroupAssignment extends Assignment {

    @Column(name = "group_id")
    private Long groupId;

    protected GroupAssignment() {
    }

    public GroupAssignment(long groupId, String moduleId, LocalDate targetDate, Long assignedBy) {
        super(moduleId, targetDate, assignedBy);
        this.groupId = groupId;
    }

    public Long getGroupId() { return groupId; }
}

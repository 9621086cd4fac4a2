package org.gefyra.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An educator asked a group to do a module, perhaps by a date: every learner in the group, now
 * or later, sees it among their assigned modules.
 */
@Entity
@Table(name = "group_assignment")
public class GroupAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "module_id")
    private String moduleId;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    protected GroupAssignment() {
    }

    public GroupAssignment(long groupId, String moduleId, LocalDate targetDate, Long assignedBy) {
        this.groupId = groupId;
        this.moduleId = moduleId;
        this.targetDate = targetDate;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
    }

    void again(LocalDate targetDate, Long assignedBy) {
        this.targetDate = targetDate;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getGroupId() { return groupId; }
    public String getModuleId() { return moduleId; }
    public LocalDate getTargetDate() { return targetDate; }
    public Instant getAssignedAt() { return assignedAt; }
}

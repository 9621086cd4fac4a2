package org.gefyra.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An educator asked a learner to do a module, perhaps by a date: it comes first in their list. */
@Entity
@Table(name = "module_assignment")
public class ModuleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "module_id")
    private String moduleId;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    protected ModuleAssignment() {
    }

    public ModuleAssignment(long learnerId, String moduleId, LocalDate targetDate, Long assignedBy) {
        this.learnerId = learnerId;
        this.moduleId = moduleId;
        this.targetDate = targetDate;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
    }

    /** Assigned again: the new date counts. */
    void again(LocalDate targetDate, Long assignedBy) {
        this.targetDate = targetDate;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getLearnerId() { return learnerId; }
    public String getModuleId() { return moduleId; }
    public LocalDate getTargetDate() { return targetDate; }
    public Long getAssignedBy() { return assignedBy; }
    public Instant getAssignedAt() { return assignedAt; }
}

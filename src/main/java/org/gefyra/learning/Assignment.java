package org.gefyra.learning;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;

/** An educator asked someone to do a module, perhaps by a date: a learner, or a whole group. */
@MappedSuperclass
public abstract class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_id")
    private String moduleId;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "assigned_by")
    private Long assignedBy;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    protected Assignment() {
    }

    protected Assignment(String moduleId, LocalDate targetDate, Long assignedBy) {
        this.moduleId = moduleId;
        again(targetDate, assignedBy);
    }

    /** Assigned again: the new date counts. */
    void again(LocalDate targetDate, Long assignedBy) {
        this.targetDate = targetDate;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getModuleId() { return moduleId; }
    public LocalDate getTargetDate() { return targetDate; }
    public Long getAssignedBy() { return assignedBy; }
    public Instant getAssignedAt() { return assignedAt; }
}

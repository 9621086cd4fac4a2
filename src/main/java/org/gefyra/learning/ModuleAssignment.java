package org.gefyra.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An educator asked a learner to do a module, perhaps by a date: it comes first in their list. */
@Entity
@Table(name = "module_assignment")
public class ModuleAssignment extends Assignment {

    @Column(name = "learner_id")
    private Long learnerId;

    protected ModuleAssignment() {
    }

    public ModuleAssignment(long learnerId, String moduleId, LocalDate targetDate, Long assignedBy) {
        super(moduleId, targetDate, assignedBy);
        this.learnerId = learnerId;
    }

    public Long getLearnerId() { return learnerId; }
}

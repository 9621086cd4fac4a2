package org.gefyra.learning;

import java.time.Instant;
import java.time.LocalDate;
import org.gefyra.content.LearningModule;
import org.gefyra.content.ModuleText;

/**
 * A module as a learner's list shows it: its words in their language, whether an educator
 * assigned it and by when, and how far they got.
 *
 * @param targetDate the date the educator hoped it done by; null if none, or not assigned
 * @param stepNumber the step to continue at, counted from 1; 0 if not started
 */
public record ModuleCard(LearningModule module, ModuleText text, boolean assigned, LocalDate targetDate, boolean started,
        boolean completed, int stepNumber, Instant lastActivity) {

    /** The step to continue at: where the learner stopped, or the first. */
    public String getContinueAt() {
        return module.steps().get(Math.max(0, stepNumber - 1)).id();
    }

    public int getStepCount() {
        return module.steps().size();
    }

    public boolean isInProgress() {
        return started && !completed;
    }
}

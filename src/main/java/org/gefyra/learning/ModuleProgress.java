package org.gefyra.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.gefyra.shared.InvalidInputException;

/**
 * Where a learner (or a guest's visit) stands in one module: the step to resume at, whether
 * they finished, and how sure they felt before and after. Written beside the learning events, in
 * the same commit of the {@link LearningJournal}, so that resuming on any kiosk is one row away.
 */
@Entity
@Table(name = "module_progress")
public class ModuleProgress {

    public static final int LOWEST_RATING = 1;
    public static final int HIGHEST_RATING = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "guest_key")
    private String guestKey;

    @Column(name = "module_id")
    private String moduleId;

    @Column(name = "module_version")
    private int moduleVersion;

    @Column(name = "current_step")
    private String currentStep;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "last_activity_at")
    private Instant lastActivityAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "confidence_before")
    private Short confidenceBefore;

    @Column(name = "confidence_after")
    private Short confidenceAfter;

    @Column(name = "last_action")
    private String lastAction;

    protected ModuleProgress() {
    }

    ModuleProgress(LearnerKey who, String moduleId, int moduleVersion) {
        this.learnerId = who.learnerId();
        this.guestKey = who.guestKey();
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.startedAt = Instant.now();
        this.lastActivityAt = startedAt;
    }

    /** Whether this action is the one just recorded, repeated within a moment: a double tap or a retry. */
    boolean isRepeat(String action, Duration within) {
        return action.equals(lastAction) && lastActivityAt != null
                && lastActivityAt.plus(within).isAfter(Instant.now());
    }

    void did(String action) {
        this.lastAction = action.length() > 200 ? action.substring(0, 200) : action;
        this.lastActivityAt = Instant.now();
    }

    void at(String stepId, int version) {
        this.currentStep = stepId;
        this.moduleVersion = version;
        this.lastActivityAt = Instant.now();
    }

    void rateBefore(Integer rating) {
        this.confidenceBefore = checked(rating);
        this.lastActivityAt = Instant.now();
    }

    void rateAfter(Integer rating) {
        this.confidenceAfter = checked(rating);
        this.lastActivityAt = Instant.now();
    }

    void complete() {
        if (completedAt == null) {
            completedAt = Instant.now();
        }
        lastActivityAt = Instant.now();
    }

    private static Short checked(Integer rating) {
        if (rating == null) {
            return null;
        }
        if (rating < LOWEST_RATING || rating > HIGHEST_RATING) {
            throw new InvalidInputException("rating", "error.rating");
        }
        return rating.shortValue();
    }

    public Long getId() { return id; }
    public Long getLearnerId() { return learnerId; }
    public String getGuestKey() { return guestKey; }
    public String getModuleId() { return moduleId; }
    public int getModuleVersion() { return moduleVersion; }
    public String getCurrentStep() { return currentStep; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public Instant getCompletedAt() { return completedAt; }
    public Short getConfidenceBefore() { return confidenceBefore; }
    public Short getConfidenceAfter() { return confidenceAfter; }

    String lastAction() {
        return lastAction;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}

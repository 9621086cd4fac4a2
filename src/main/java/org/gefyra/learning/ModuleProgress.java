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
    /**
     * The longest pause between two actions in a module that still counts in full as learning time:
     * a longer one (the kiosk left alone, a chat, another day) counts as this much.
     */
    public static final Duration ACTIVE_GAP_CAP = Duration.ofMinutes(5);

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

    @Column(name = "active_seconds")
    private Integer activeSeconds;

    @Column(name = "seconds_to_complete")
    private Integer secondsToComplete;

    @Column(name = "certificate_at")
    private Instant certificateAt;

    protected ModuleProgress() {
    }

    ModuleProgress(LearnerKey who, String moduleId, int moduleVersion) {
        this.learnerId = who.learnerId();
        this.guestKey = who.guestKey();
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.startedAt = Instant.now();
        this.lastActivityAt = startedAt;
        this.activeSeconds = 0;
    }

    /**
     * Counts the time since the previous action in this module as learning time, at most
     * {@link #ACTIVE_GAP_CAP}, and returns it for the event of this action. Call it before the
     * action moves the time of the last activity.
     */
    int spendActiveTime() {
        // To the nearest second: cutting off the fraction lost half a second of every action on average.
        long since = lastActivityAt == null ? 0 : (Duration.between(lastActivityAt, Instant.now()).toMillis() + 500) / 1000;
        int seconds = (int) Math.max(0, Math.min(since, ACTIVE_GAP_CAP.getSeconds()));
        activeSeconds = (activeSeconds == null ? 0 : activeSeconds) + seconds;
        return seconds;
    }

    /** The learner saw the certificate; the first time is when it was issued. Returns whether this was the first time. */
    boolean certificateShown() {
        if (certificateAt == null && completedAt != null) {
            certificateAt = Instant.now();
            return true;
        }
        return false;
    }

    /** Whether this action is the one just recorded, repeated within a moment: a double tap or a retry. */
    boolean isRepeat(String action, Duration within) {
        return isRepeat(lastAction, lastActivityAt, action, within);
    }

    static boolean isRepeat(String lastAction, Instant lastActivityAt, String action, Duration within) {
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
            secondsToComplete = activeSeconds;
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
    public Integer getActiveSeconds() { return activeSeconds; }
    public Integer getSecondsToComplete() { return secondsToComplete; }
    public Instant getCertificateAt() { return certificateAt; }

    String lastAction() {
        return lastAction;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }
}

package org.gefyra.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One learning action, stored once and never changed: who (a learner, or a guest's visit),
 * what (module, version, step), the verb, the result, the language, where and when. Reports
 * are built from these (the xAPI export of the reports issue, #9, will be too).
 */
@Entity
@Table(name = "learning_event")
public class LearningEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", updatable = false)
    private Instant occurredAt;

    @Column(name = "learner_id", updatable = false)
    private Long learnerId;

    @Column(name = "guest_key", updatable = false)
    private String guestKey;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    @Column(name = "site_id", updatable = false)
    private Long siteId;

    @Column(name = "session_id", updatable = false)
    private Long sessionId;

    @Column(name = "module_id", updatable = false)
    private String moduleId;

    @Column(name = "module_version", updatable = false)
    private int moduleVersion;

    @Column(name = "step_id", updatable = false)
    private String stepId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Verb verb;

    @Column(name = "option_id", updatable = false)
    private String optionId;

    @Column(updatable = false)
    private Boolean correct;

    @Column(name = "goal_reached", updatable = false)
    private Boolean goalReached;

    @Column(updatable = false)
    private Short rating;

    @Column(updatable = false)
    private String detail;

    @Column(updatable = false)
    private String language;

    @Column(name = "active_seconds", updatable = false)
    private Integer activeSeconds;

    protected LearningEvent() {
    }

    LearningEvent(LearnerKey who, LearningPlace place, String moduleId, int moduleVersion, String stepId, Verb verb) {
        this.occurredAt = Instant.now();
        this.learnerId = who.learnerId();
        this.guestKey = who.guestKey();
        this.organisationId = who.organisationId();
        this.siteId = place.siteId();
        this.sessionId = place.sessionId();
        this.moduleId = moduleId;
        this.moduleVersion = moduleVersion;
        this.stepId = stepId;
        this.verb = verb;
        this.language = place.language();
    }

    /** The learning time this action adds: the pause before it, within the cap (see ModuleProgress). */
    LearningEvent lasting(int seconds) {
        this.activeSeconds = seconds;
        return this;
    }

    LearningEvent answered(String optionId, boolean correct) {
        this.optionId = optionId;
        this.correct = correct;
        return this;
    }

    LearningEvent practised(String detail, boolean goalReached) {
        this.detail = detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200);
        this.goalReached = goalReached;
        return this;
    }

    LearningEvent rated(Integer rating, String when) {
        this.rating = rating == null ? null : rating.shortValue();
        this.detail = when;
        return this;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public Long getLearnerId() { return learnerId; }
    public String getGuestKey() { return guestKey; }
    public Long getOrganisationId() { return organisationId; }
    public Long getSiteId() { return siteId; }
    public Long getSessionId() { return sessionId; }
    public String getModuleId() { return moduleId; }
    public int getModuleVersion() { return moduleVersion; }
    public String getStepId() { return stepId; }
    public Verb getVerb() { return verb; }
    public String getOptionId() { return optionId; }
    public Boolean getCorrect() { return correct; }
    public Boolean getGoalReached() { return goalReached; }
    public Short getRating() { return rating; }
    public String getDetail() { return detail; }
    public String getLanguage() { return language; }
    public Integer getActiveSeconds() { return activeSeconds; }
}

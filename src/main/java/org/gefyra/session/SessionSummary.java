package org.gefyra.session;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Arrays;

/**
 * What a session came to, counted when it closed and kept with it: who came (and how many were
 * new or guests), the minutes spent learning, steps reached, modules finished, and how the
 * learners' confidence moved between before and after a module.
 */
@Embeddable
public class SessionSummary implements Serializable {

    @Column(name = "summary_attendees")
    private Integer attendees;

    @Column(name = "summary_guests")
    private Integer guests;

    @Column(name = "summary_new_learners")
    private Integer newLearners;

    @Column(name = "summary_minutes")
    private Integer learningMinutes;

    @Column(name = "summary_steps")
    private Integer stepsReached;

    @Column(name = "summary_modules_completed")
    private Integer modulesCompleted;

    @Column(name = "summary_confidence_pairs")
    private Integer confidencePairs;

    @Column(name = "summary_confidence_raised")
    private Integer confidenceRaised;

    @Column(name = "summary_confidence_gain")
    private Integer confidenceGain;

    protected SessionSummary() {
    }

    /**
     * @param confidencePairs how many times a learner rated a module both before and, in this session, after
     * @param confidenceRaised how many of those rose
     * @param confidenceGain the sum of (after - before) over those pairs
     */
    public SessionSummary(int attendees, int guests, int newLearners, int learningMinutes, int stepsReached,
            int modulesCompleted, int confidencePairs, int confidenceRaised, int confidenceGain) {
        this.attendees = attendees;
        this.guests = guests;
        this.newLearners = newLearners;
        this.learningMinutes = learningMinutes;
        this.stepsReached = stepsReached;
        this.modulesCompleted = modulesCompleted;
        this.confidencePairs = confidencePairs;
        this.confidenceRaised = confidenceRaised;
        this.confidenceGain = confidenceGain;
    }

    public boolean isCounted() {
        return attendees != null;
    }

    public int getAttendees() { return value(attendees); }
    public int getGuests() { return value(guests); }
    public int getNewLearners() { return value(newLearners); }
    public int getLearningMinutes() { return value(learningMinutes); }
    public int getStepsReached() { return value(stepsReached); }
    public int getModulesCompleted() { return value(modulesCompleted); }
    public int getConfidencePairs() { return value(confidencePairs); }
    public int getConfidenceRaised() { return value(confidenceRaised); }
    public int getConfidenceGain() { return value(confidenceGain); }

    /** The average change of confidence, one decimal, or 0 with no pairs. */
    public double getAverageConfidenceChange() {
        return value(confidencePairs) == 0 ? 0 : Math.round(10.0 * value(confidenceGain) / confidencePairs) / 10.0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionSummary that && Arrays.equals(counts(), that.counts());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts());
    }

    private Integer[] counts() {
        return new Integer[] {attendees, guests, newLearners, learningMinutes, stepsReached, modulesCompleted,
            confidencePairs, confidenceRaised, confidenceGain};
    }

    private static int value(Integer count) {
        return count == null ? 0 : count;
    }
}

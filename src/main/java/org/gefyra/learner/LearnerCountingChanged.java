package org.gefyra.learner;

/**
 * A CDI event, in the current transaction: where a learner is counted in reports (their site), or
 * whether they are (their consent to anonymous reports), may have changed. The reports count the
 * learner's learning again where they are now.
 */
public record LearnerCountingChanged(long learnerId) {
}

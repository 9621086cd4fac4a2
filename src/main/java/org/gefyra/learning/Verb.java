package org.gefyra.learning;

/** What a learner did, as a learning event records it. */
public enum Verb {
    STARTED, VIEWED, ANSWERED, PRACTISED, RATED_CONFIDENCE, COMPLETED
}

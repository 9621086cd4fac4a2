package org.gefyra.learner;

/** A learner's age, only as a band: reports need no more. */
public enum AgeBand {
    UNDER_30, FROM_30_TO_49, FROM_50_TO_64, FROM_65_TO_74, FROM_75, NOT_SAID
}

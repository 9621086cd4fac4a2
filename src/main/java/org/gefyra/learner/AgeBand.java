package org.gefyra.learner;

/** A learner's age, only as a band: reports need no more. */
public enum AgeBand {
    UNDER_25, FROM_25_TO_44, FROM_45_TO_64, FROM_65_TO_74, FROM_75, NOT_SAID
}

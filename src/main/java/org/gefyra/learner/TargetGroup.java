package org.gefyra.learner;

/** Which of the groups Gefyra is for a learner belongs to, as the learner says. */
public enum TargetGroup {
    OLDER_PERSON, MIGRANT, OTHER, NOT_SAID
}

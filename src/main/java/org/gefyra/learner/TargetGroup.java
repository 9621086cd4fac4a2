package org.gefyra.learner;

/** The groups Gefyra is for, as the learner says; a learner may belong to several, or say none. */
public enum TargetGroup {
    OLDER_PERSON, MIGRANT, OTHER
}

package org.gefyra.session;

/** Where a session is in its life: planned, open (learners join with its code), closed with a summary, or called off. */
public enum SessionStatus {
    PLANNED, OPEN, CLOSED, CANCELLED
}

package org.gefyra.learner;

/**
 * A CDI event: a group is about to be deleted, in the current transaction. Features above that
 * keep something of a group (the modules assigned to it) let go of it first.
 */
public record GroupRemoving(long groupId) {
}

package org.gefyra.organisation;

/** What makes a site easy to come to for someone who walks with difficulty, hears or sees less, or needs quiet. */
public enum Accessibility {
    STEP_FREE, ACCESSIBLE_TOILET, HEARING_LOOP, QUIET_ROOM
}

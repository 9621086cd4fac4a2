package org.gefyra.session;

import java.io.Serializable;
import java.time.Instant;

/**
 * A person on a session's attendance list: a learner (with their name) or a guest (numbered in
 * the order guests joined), whether they came, and whether they joined by themselves or were
 * registered on the spot.
 */
public record AttendanceRow(long id, Long learnerId, String name, int guestNumber, AttendanceStatus status,
        Instant joinedAt, boolean walkIn, boolean left) implements Serializable {

    public boolean isGuest() {
        return learnerId == null;
    }

    public boolean isJoined() {
        return joinedAt != null;
    }
}

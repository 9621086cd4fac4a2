package org.gefyra.session;

import java.io.Serializable;
import java.time.Instant;

/**
 * One person present at a running session as the educator's live view shows them: where they are
 * (module, step, for how many minutes), and whether they need help, and why.
 *
 * @param stepNumber the step's place in the module, from 1; 0 before they opened any module
 * @param needsHelp why they need help, or null
 */
public record LiveAttendee(long attendanceId, Long learnerId, String name, int guestNumber, String moduleTitle,
        int stepNumber, int stepCount, String stepTitle, long minutesOnStep, int wrongAnswers, NeedsHelp needsHelp,
        Instant helpAskedAt, boolean left) implements Serializable {

    /** Why someone seems to need the educator. */
    public enum NeedsHelp {
        ASKED, WRONG_ANSWERS, LONG_ON_STEP
    }

    public boolean isGuest() {
        return learnerId == null;
    }

    public boolean isStarted() {
        return stepNumber > 0;
    }
}

package org.gefyra.learning;

import java.io.Serializable;
import java.time.Instant;
import org.gefyra.learner.Picture;

/** A learner as the educators' list shows them: no card code, ever. */
public record LearnerRow(long id, String displayName, Picture picture, String siteName, String groups,
        Instant lastSeenAt, Instant cardPrintedAt, boolean hasCard, boolean locked, boolean active)
        implements Serializable {
}

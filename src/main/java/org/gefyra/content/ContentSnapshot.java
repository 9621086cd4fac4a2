package org.gefyra.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What one load of the content folder produced: the modules offered, and what was rejected. */
public record ContentSnapshot(Map<String, LearningModule> modules, List<Rejection> rejected, Instant loadedAt) {

    public static ContentSnapshot empty() {
        return new ContentSnapshot(Map.of(), List.of(), Instant.EPOCH);
    }
}

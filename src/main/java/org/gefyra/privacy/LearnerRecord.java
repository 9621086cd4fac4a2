package org.gefyra.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything Gefyra holds about one learner, as it is handed over to them: their details as
 * labelled facts, then each kind of data as a table. Labels are message keys under
 * {@code privacy.export.}; values are as stored (dates in UTC, ISO 8601).
 */
public record LearnerRecord(long learnerId, String displayName, Instant exportedAt, Map<String, String> facts,
        List<Section> sections) {

    /** One kind of data: its name, its columns and a row of values for each item. */
    public record Section(String name, List<String> columns, List<List<String>> rows) {
    }
}

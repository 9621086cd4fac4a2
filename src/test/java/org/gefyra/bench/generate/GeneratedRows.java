package org.gefyra.bench.generate;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gefyra.bench.generate.RowSink.Table;
import org.gefyra.learning.ModuleProgress;

/**
 * A learner's rows, as the application keeps them: the learner (their login card as a lookup number
 * and a hash), their target groups, their progress and learning events, and the learning days the
 * reports read (report_learning_day: what report.ReportRollup would fold the events into, summed
 * here as they are written, by the same rules).
 */
final class GeneratedRows {

    private final RowSink rows;
    private final boolean learningDays;

    /** {@code learningDays}: whether to write the learning days too (else the server folds the events in). */
    GeneratedRows(RowSink rows, boolean learningDays) {
        this.rows = rows;
        this.learningDays = learningDays;
    }

    /** A learner who agreed to both (the schema's default); {@code targetGroups} may be empty ("not said"). */
    void learner(long id, long organisationId, long siteId, String name, String picture, String language,
            String ageBand, List<String> targetGroups, Instant joined, int cardLookup, String cardHash, String pinHash)
            throws SQLException {
        rows.add(Table.LEARNER, id, organisationId, siteId, name, picture, language, ageBand, joined, cardLookup, cardHash,
                pinHash, 0, false, joined);
        for (String group : targetGroups) {
            rows.add(Table.TARGET_GROUP, id, group);
        }
    }

    void history(long learnerId, long organisationId, long siteId, String language, LearnerHistory history)
            throws SQLException {
        // Learning time as the learning pages count it: the pause before each action in a module, capped.
        Map<String, Instant> previous = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int[] active = new int[history.events.size()];
        for (int i = 0; i < active.length; i++) {
            LearnerHistory.Event e = history.events.get(i);
            Instant before = previous.put(e.moduleId(), e.at());
            active[i] = before == null ? 0 : (int) Math.min((Duration.between(before, e.at()).toMillis() + 500) / 1000,
                    ModuleProgress.ACTIVE_GAP_CAP.getSeconds());
            total.merge(e.moduleId(), active[i], Integer::sum);
        }
        for (LearnerHistory.ModuleState state : history.modules) {
            int seconds = total.getOrDefault(state.moduleId(), 0);
            // the certificate is shown right after finishing
            rows.add(Table.PROGRESS, learnerId, state.moduleId(), state.version(), state.currentStep(), state.startedAt(),
                    state.lastActivityAt(), state.completedAt(), state.before(), state.after(), state.lastAction(), seconds,
                    state.completedAt() == null ? null : seconds, state.completedAt());
        }
        Map<String, int[]> days = new java.util.LinkedHashMap<>();
        Set<String> answered = new HashSet<>();
        Set<String> practised = new HashSet<>();
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < active.length; i++) {
            LearnerHistory.Event e = history.events.get(i);
            rows.add(Table.EVENT, e.at(), learnerId, organisationId, siteId, e.moduleId(), e.version(), e.stepId(), e.verb(),
                    e.option(), e.correct(), e.goalReached(), e.rating(), e.detail(), language, active[i], null);
            // the day as the database casts the time: on this machine's clock, as the time is written
            int[] day = days.computeIfAbsent(e.moduleId() + "|" + Timestamp.from(e.at()).toLocalDateTime().toLocalDate(),
                    k -> new int[6]);
            day[0]++;
            day[1] += active[i];
            String step = e.moduleId() + "|" + e.stepId();
            if (e.verb().equals("ANSWERED") && answered.add(step)) {
                day[2]++;
                day[3] += Boolean.TRUE.equals(e.correct()) ? 1 : 0;
            }
            if (e.verb().equals("PRACTISED") && practised.add(step)) {
                day[4]++;
            }
            if (e.verb().equals("PRACTISED") && Boolean.TRUE.equals(e.goalReached()) && reached.add(step)) {
                day[5]++;
            }
        }
        for (Map.Entry<String, int[]> day : learningDays ? days.entrySet() : Map.<String, int[]>of().entrySet()) {
            String[] key = day.getKey().split("\\|");
            int[] sums = day.getValue();
            rows.add(Table.LEARNING_DAY, learnerId, key[0], LocalDate.parse(key[1]), sums[0], (long) sums[1], sums[2],
                    sums[3], sums[4], sums[5]);
        }
        rows.commitIfFull();
    }
}

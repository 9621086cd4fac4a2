package org.gefyra.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gefyra.learning.ModuleProgress;
import org.gefyra.learning.Verb;

/**
 * A small, deterministic learning history for the report tests: learners of three organisations
 * in two cities, each working through modules with known times, answers, practice results,
 * confidence ratings, certificates and feedback. Written straight into the tables the way the
 * learning pages write them (the same active-time rule), so that the reports read real rows.
 * Every figure follows from the lists this class keeps ({@link ReportOracle} counts them).
 *
 * <p>{@code copies} repeats the whole set with new learners, for timing the reports on more data.
 */
final class ReportDataSet {

    /** The server's zone, as the reports use it and as the database's days are counted. */
    static final ZoneId ZONE = ZoneId.systemDefault();
    static final Period PERIOD = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

    static final String BOOK = "book-doctor-appointment";
    static final String SIGN_IN = "sign-in-digital-id";
    static final String PAY = "pay-utility-bill";
    /** The modules' DigComp competences, as their module.yaml files give them. */
    static final Map<String, List<String>> COMPETENCES = Map.of(BOOK, List.of("2.3", "2.1"),
            SIGN_IN, List.of("2.3", "2.6"), PAY, List.of("2.3", "4.2"));

    record Place(long organisationId, String organisation, String city, long siteId, String site) {
    }

    record GLearner(long id, Place place, String language, String ageBand, String targetGroup, Instant createdAt) {
    }

    record GEvent(long learnerId, String moduleId, String stepId, Verb verb, Instant at, int activeSeconds,
            String optionId, Boolean correct, Boolean goal, Integer rating, String detail, String language) {
    }

    static final class GProgress {
        final long learnerId;
        final String moduleId;
        final Instant startedAt;
        Instant completedAt;
        Integer before;
        Integer after;
        int activeSeconds;
        Integer secondsToComplete;
        Instant certificateAt;
        Instant last;

        GProgress(long learnerId, String moduleId, Instant startedAt) {
            this.learnerId = learnerId;
            this.moduleId = moduleId;
            this.startedAt = startedAt;
            this.last = startedAt;
        }
    }

    record GFeedback(long learnerId, String moduleId, int usefulness, Set<String> hard, Instant givenAt) {
    }

    final List<Place> places;
    final List<GLearner> learners = new ArrayList<>();
    final List<GEvent> events = new ArrayList<>();
    final List<GProgress> progress = new ArrayList<>();
    final List<GFeedback> feedback = new ArrayList<>();
    private long nextLearnerId;

    /** How one learner goes through one module. */
    record Script(String module, Instant start, int before, boolean firstRight, boolean goal, boolean complete,
            Integer after, boolean certificate, Integer useful, Set<String> hard) {
    }

    /**
     * Places: [0] Athens library and [1] Athens centre of "Athens helps" (Athens), [2] Turin town
     * hall of "Torino digitale" (Turin), [3] Piraeus port of "Piraeus bridge" (Athens).
     */
    ReportDataSet(List<Place> places, long firstLearnerId, int copies) {
        this.places = places;
        this.nextLearnerId = firstLearnerId;
        for (int copy = 0; copy < copies; copy++) {
            Duration shift = Duration.ofMinutes(copy % 600);
            // G1: 8 older Greek learners at the Athens library, registered before the period; in January
            // they finish the booking module: 6 right at the first try, all reach the goal, 2 -> 4.
            for (int i = 0; i < 8; i++) {
                GLearner l = learner(places.get(0), "el", "FROM_65_TO_74", "OLDER_PERSON", at("2024-12-10T09:00:00Z"));
                run(l, new Script(BOOK, at("2025-01-10T10:00:00Z").plus(shift).plusSeconds(600L * i), 2, i < 6, true,
                        true, 4, true, i < 5 ? 3 : 2, i < 3 ? Set.of("WORDS") : Set.of()));
            }
            // G2: 6 Arab migrants at the Athens centre, registered in February; they start signing in
            // with a digital ID, answer wrong first, do not reach the goal and do not finish.
            for (int i = 0; i < 6; i++) {
                GLearner l = learner(places.get(1), "ar", "FROM_30_TO_49", "MIGRANT", at("2025-02-03T09:00:00Z"));
                run(l, new Script(SIGN_IN, at("2025-02-05T14:00:00Z").plus(shift).plusSeconds(900L * i), 3, false,
                        false, false, null, false, null, Set.of()));
            }
            // G3: 3 older Italian learners in Turin, registered in January: the booking module in
            // January (3 -> 3) and signing in in March (2 -> 5), no certificates.
            for (int i = 0; i < 3; i++) {
                GLearner l = learner(places.get(2), "it", "FROM_75", "OLDER_PERSON", at("2025-01-05T09:00:00Z"));
                run(l, new Script(BOOK, at("2025-01-20T09:30:00Z").plus(shift).plusSeconds(1200L * i), 3, true, true,
                        true, 3, false, 1, Set.of("SCREEN", "READING")));
                run(l, new Script(SIGN_IN, at("2025-03-03T09:30:00Z").plus(shift).plusSeconds(1200L * i), 2, true, true,
                        true, 5, false, 3, Set.of()));
            }
            // G4: 7 learners in Turin registered in November, who started paying a bill in December
            // (before the period) and come back in March to finish it (1 -> 4, certificate).
            for (int i = 0; i < 7; i++) {
                GLearner l = learner(places.get(2), "en", "FROM_50_TO_64", "OTHER", at("2024-11-01T09:00:00Z"));
                GProgress p = startOnly(l, PAY, at("2024-12-12T10:00:00Z").plus(shift).plusSeconds(300L * i), 1);
                resumeAndFinish(l, p, at("2025-03-12T10:00:00Z").plus(shift).plusSeconds(300L * i), 4);
            }
            // G5: 2 Greek migrants at the Piraeus port, registered in March, finish the booking module
            // in March (4 -> 5) and one of them says it was very useful.
            for (int i = 0; i < 2; i++) {
                GLearner l = learner(places.get(3), "el", "FROM_30_TO_49", "MIGRANT", at("2025-03-01T09:00:00Z"));
                run(l, new Script(BOOK, at("2025-03-15T11:00:00Z").plus(shift).plusSeconds(600L * i), 4, true, true,
                        true, 5, true, i == 0 ? 3 : null, Set.of()));
            }
        }
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private GLearner learner(Place place, String language, String ageBand, String group, Instant created) {
        GLearner learner = new GLearner(nextLearnerId++, place, language, ageBand, group, created);
        learners.add(learner);
        return learner;
    }

    /** A whole visit: the rating before, a read step, a question, the practice, the last step, and maybe the end. */
    private void run(GLearner l, Script s) {
        GProgress p = new GProgress(l.id(), s.module(), s.start());
        progress.add(p);
        event(l, p, null, Verb.STARTED, 0, null, null, null, null, null);
        event(l, p, null, Verb.RATED_CONFIDENCE, 30, null, null, null, s.before(), "before");
        p.before = s.before();
        event(l, p, "welcome", Verb.VIEWED, 60, null, null, null, null, null);
        event(l, p, "quiz", Verb.VIEWED, 90, null, null, null, null, null);
        event(l, p, "quiz", Verb.ANSWERED, 40, s.firstRight() ? "right" : "wrong", s.firstRight(), null, null, null);
        if (!s.firstRight()) {
            event(l, p, "quiz", Verb.ANSWERED, 20, "right", true, null, null, null);
        }
        event(l, p, "try-it", Verb.VIEWED, 30, null, null, null, null, null);
        event(l, p, "try-it", Verb.PRACTISED, 120, null, null, false, null, "looked around");
        if (s.goal()) {
            event(l, p, "try-it", Verb.PRACTISED, 60, null, null, true, null, "did it");
        }
        event(l, p, "well-done", Verb.VIEWED, 30, null, null, null, null, null);
        if (s.complete()) {
            finish(l, p, s.after(), s.certificate(), s.useful(), s.hard());
        }
    }

    private GProgress startOnly(GLearner l, String module, Instant start, int before) {
        GProgress p = new GProgress(l.id(), module, start);
        progress.add(p);
        event(l, p, null, Verb.STARTED, 0, null, null, null, null, null);
        event(l, p, null, Verb.RATED_CONFIDENCE, 30, null, null, null, before, "before");
        p.before = before;
        event(l, p, "welcome", Verb.VIEWED, 90, null, null, null, null, null);
        return p;
    }

    /** Comes back after a long pause (which counts as the most one pause can), answers right, finishes. */
    private void resumeAndFinish(GLearner l, GProgress p, Instant back, int after) {
        event(l, p, "quiz", Verb.VIEWED, (int) Duration.between(p.last, back).getSeconds(), null, null, null, null, null);
        event(l, p, "quiz", Verb.ANSWERED, 50, "right", true, null, null, null);
        event(l, p, "try-it", Verb.PRACTISED, 100, null, null, true, null, "did it");
        event(l, p, "well-done", Verb.VIEWED, 20, null, null, null, null, null);
        finish(l, p, after, true, null, Set.of());
    }

    private void finish(GLearner l, GProgress p, Integer after, boolean certificate, Integer useful, Set<String> hard) {
        event(l, p, null, Verb.RATED_CONFIDENCE, 45, null, null, null, after, "after");
        p.after = after;
        event(l, p, null, Verb.COMPLETED, 1, null, null, null, null, null);
        p.completedAt = p.last;
        p.secondsToComplete = p.activeSeconds;
        if (certificate) {
            p.certificateAt = p.last.plusSeconds(2);
        }
        if (useful != null) {
            feedback.add(new GFeedback(l.id(), p.moduleId, useful, new LinkedHashSet<>(hard), p.last.plusSeconds(10)));
        }
    }

    /** An action {@code gap} seconds after the learner's previous one in the module; it adds at most the cap. */
    private void event(GLearner l, GProgress p, String step, Verb verb, int gap, String option, Boolean correct,
            Boolean goal, Integer rating, String detail) {
        Instant at = p.last.plusSeconds(gap);
        int active = verb == Verb.STARTED ? 0 : (int) Math.min(gap, ModuleProgress.ACTIVE_GAP_CAP.getSeconds());
        p.activeSeconds += active;
        p.last = at;
        events.add(new GEvent(l.id(), p.moduleId, step, verb, at, active, option, correct, goal, rating, detail,
                l.language()));
    }

    /** Writes the learners, progress, events and feedback with plain JDBC batches. */
    void write(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into learner (id, organisation_id, site_id, "
                + "display_name, picture, language, age_band, target_group, consent_at, card_code, pin_hash, failed_pins, "
                + "locked, created_at) values (?, ?, ?, ?, 'STAR', ?, ?, ?, ?, ?, 'hash', 0, false, ?)")) {
            for (GLearner l : learners) {
                insert.setLong(1, l.id());
                insert.setLong(2, l.place().organisationId());
                insert.setLong(3, l.place().siteId());
                insert.setString(4, "Learner " + l.id());
                insert.setString(5, l.language());
                insert.setString(6, l.ageBand());
                insert.setString(7, l.targetGroup());
                insert.setTimestamp(8, Timestamp.from(l.createdAt()));
                insert.setString(9, "GEN" + l.id());
                insert.setTimestamp(10, Timestamp.from(l.createdAt()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into module_progress (learner_id, module_id, "
                + "module_version, current_step, started_at, last_activity_at, completed_at, confidence_before, "
                + "confidence_after, active_seconds, seconds_to_complete, certificate_at) "
                + "values (?, ?, 1, 'well-done', ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (GProgress p : progress) {
                insert.setLong(1, p.learnerId);
                insert.setString(2, p.moduleId);
                insert.setTimestamp(3, Timestamp.from(p.startedAt));
                insert.setTimestamp(4, Timestamp.from(p.last));
                setTime(insert, 5, p.completedAt);
                setNumber(insert, 6, p.before);
                setNumber(insert, 7, p.after);
                insert.setInt(8, p.activeSeconds);
                setNumber(insert, 9, p.secondsToComplete);
                setTime(insert, 10, p.certificateAt);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        Map<Long, GLearner> byId = new java.util.HashMap<>();
        learners.forEach(l -> byId.put(l.id(), l));
        try (PreparedStatement insert = connection.prepareStatement("insert into learning_event (occurred_at, learner_id, "
                + "organisation_id, site_id, module_id, module_version, step_id, verb, option_id, correct, goal_reached, "
                + "rating, detail, language, active_seconds) values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (GEvent e : events) {
                GLearner l = byId.get(e.learnerId());
                insert.setTimestamp(1, Timestamp.from(e.at()));
                insert.setLong(2, e.learnerId());
                insert.setLong(3, l.place().organisationId());
                insert.setLong(4, l.place().siteId());
                insert.setString(5, e.moduleId());
                insert.setString(6, e.stepId());
                insert.setString(7, e.verb().name());
                insert.setString(8, e.optionId());
                setFlag(insert, 9, e.correct());
                setFlag(insert, 10, e.goal());
                setNumber(insert, 11, e.rating());
                insert.setString(12, e.detail());
                insert.setString(13, e.language());
                insert.setInt(14, e.activeSeconds());
                insert.addBatch();
                if (++n % 5000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into module_feedback (learner_id, module_id, "
                + "module_version, usefulness, language, given_at) values (?, ?, 1, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
                PreparedStatement part = connection.prepareStatement(
                        "insert into module_feedback_hard (feedback_id, part) values (?, ?)")) {
            for (GFeedback f : feedback) {
                insert.setLong(1, f.learnerId());
                insert.setString(2, f.moduleId());
                insert.setInt(3, f.usefulness());
                insert.setString(4, byId.get(f.learnerId()).language());
                insert.setTimestamp(5, Timestamp.from(f.givenAt()));
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    long id = keys.getLong(1);
                    for (String hard : f.hard()) {
                        part.setLong(1, id);
                        part.setString(2, hard);
                        part.addBatch();
                    }
                }
            }
            part.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into report_module_competence (module_id, competence, area) values (?, ?, ?)");
                PreparedStatement delete = connection.prepareStatement(
                        "delete from report_module_competence where module_id = ?")) {
            for (var module : COMPETENCES.entrySet()) {
                delete.setString(1, module.getKey());
                delete.executeUpdate();
                for (String competence : module.getValue()) {
                    insert.setString(1, module.getKey());
                    insert.setString(2, competence);
                    insert.setString(3, competence.substring(0, 1));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void setTime(PreparedStatement statement, int index, Instant time) throws SQLException {
        if (time == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.from(time));
        }
    }

    private static void setNumber(PreparedStatement statement, int index, Integer number) throws SQLException {
        if (number == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, number);
        }
    }

    private static void setFlag(PreparedStatement statement, int index, Boolean flag) throws SQLException {
        if (flag == null) {
            statement.setNull(index, Types.BOOLEAN);
        } else {
            statement.setBoolean(index, flag);
        }
    }
}

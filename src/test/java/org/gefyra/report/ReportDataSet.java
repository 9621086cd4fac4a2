package org.gefyra.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * confidence ratings, certificates and feedback, and the sessions they came to. Written straight
 * into the tables the way the learning and session pages write them (the same active-time rule),
 * so that the reports read real rows.
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

    /**
     * A learner; {@code targetGroups} may be several or none ("not said"); {@code counted}: they
     * agreed to be counted in anonymous reports.
     */
    record GLearner(long id, Place place, String language, String ageBand, List<String> targetGroups, boolean counted,
            Instant createdAt) {
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

    /** A facilitated session; its start is on the site's clock, as sessions keep it. */
    record GSession(Place place, String title, LocalDateTime startsAt, String status, List<String> modules) {
    }

    /** One person at a session: a learner, or a guest's visit ({@code learnerId} null). */
    record GAttendance(GSession session, Long learnerId, String guestKey, String status) {
    }

    final List<Place> places;
    final List<GLearner> learners = new ArrayList<>();
    final List<GEvent> events = new ArrayList<>();
    final List<GProgress> progress = new ArrayList<>();
    final List<GFeedback> feedback = new ArrayList<>();
    final List<GSession> sessions = new ArrayList<>();
    final List<GAttendance> attendance = new ArrayList<>();
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
            List<List<GLearner>> groups = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            // G1: 8 older Greek learners at the Athens library, registered before the period; in January
            // they finish the booking module: 6 right at the first try, all reach the goal, 2 -> 4.
            for (int i = 0; i < 8; i++) {
                GLearner l = learner(places.get(0), "el", "FROM_65_TO_74", List.of("OLDER_PERSON"),
                        at("2024-12-10T09:00:00Z"));
                groups.get(0).add(l);
                run(l, new Script(BOOK, at("2025-01-10T10:00:00Z").plus(shift).plusSeconds(600L * i), 2, i < 6, true,
                        true, 4, true, i < 5 ? 3 : 2, i < 3 ? Set.of("WORDS") : Set.of()));
            }
            // G2: 6 Arab migrants at the Athens centre, registered in February; they start signing in
            // with a digital ID, answer wrong first, do not reach the goal and do not finish.
            for (int i = 0; i < 6; i++) {
                GLearner l = learner(places.get(1), "ar", "FROM_25_TO_44", List.of("MIGRANT"), at("2025-02-03T09:00:00Z"));
                groups.get(1).add(l);
                run(l, new Script(SIGN_IN, at("2025-02-05T14:00:00Z").plus(shift).plusSeconds(900L * i), 3, false,
                        false, false, null, false, null, Set.of()));
            }
            // G3: 3 older Italian learners in Turin, registered in January: the booking module in
            // January (3 -> 3) and signing in in March (2 -> 5), no certificates.
            for (int i = 0; i < 3; i++) {
                GLearner l = learner(places.get(2), "it", "FROM_75", List.of("OLDER_PERSON"), at("2025-01-05T09:00:00Z"));
                groups.get(2).add(l);
                run(l, new Script(BOOK, at("2025-01-20T09:30:00Z").plus(shift).plusSeconds(1200L * i), 3, true, true,
                        true, 3, false, 1, Set.of("SCREEN", "READING")));
                run(l, new Script(SIGN_IN, at("2025-03-03T09:30:00Z").plus(shift).plusSeconds(1200L * i), 2, true, true,
                        true, 5, false, 3, Set.of()));
            }
            // G4: 7 learners in Turin registered in November (2 of them did not say a target group), who
            // started paying a bill in December (before the period) and come back in March to finish it
            // (1 -> 4, certificate).
            for (int i = 0; i < 7; i++) {
                GLearner l = learner(places.get(2), "en", "FROM_45_TO_64", i < 2 ? List.of() : List.of("OTHER"),
                        at("2024-11-01T09:00:00Z"));
                groups.get(3).add(l);
                GProgress p = startOnly(l, PAY, at("2024-12-12T10:00:00Z").plus(shift).plusSeconds(300L * i), 1);
                resumeAndFinish(l, p, at("2025-03-12T10:00:00Z").plus(shift).plusSeconds(300L * i), 4);
            }
            // G5: 2 older Greek migrants at the Piraeus port (both target groups), registered in March,
            // finish the booking module in March (4 -> 5) and one of them says it was very useful.
            for (int i = 0; i < 2; i++) {
                GLearner l = learner(places.get(3), "el", "FROM_25_TO_44", List.of("MIGRANT", "OLDER_PERSON"),
                        at("2025-03-01T09:00:00Z"));
                groups.get(4).add(l);
                run(l, new Script(BOOK, at("2025-03-15T11:00:00Z").plus(shift).plusSeconds(600L * i), 4, true, true,
                        true, 5, true, i == 0 ? 3 : null, Set.of()));
            }
            // G6: 3 older Greek learners at the Athens library who did not agree to be counted in
            // anonymous reports: registered in January, they do all the booking module as G1 does and come
            // to S1. No figure counts them.
            for (int i = 0; i < 3; i++) {
                GLearner l = learner(places.get(0), "el", "FROM_65_TO_74", List.of("OLDER_PERSON"), false,
                        at("2025-01-08T09:00:00Z"));
                groups.get(5).add(l);
                run(l, new Script(BOOK, at("2025-01-10T11:30:00Z").plus(shift).plusSeconds(600L * i), 2, true, true,
                        true, 4, true, 3, Set.of("WORDS")));
            }
            sessions(shift, groups);
        }
    }

    /**
     * The facilitated sessions of one copy, on the site's clock. In the period (January to March):
     * S1 Athens library, 10 January (booking): 7 of G1 present, the 8th absent, a guest present, and
     * the 3 of G6 (not counted).
     * S2 Athens library, 7 February (booking, paying a bill): G1's first 5 and G2's first present, G1's 6th excused.
     * S3 Athens centre, 5 February (signing in): all 6 of G2.
     * S4 Turin town hall, 3 March (signing in): the 3 of G3 and G4's first 2.
     * S6 Piraeus port, 15 March (no module): the 2 of G5.
     * S8 Athens centre, 20 March (signing in), still open: G2's first 3.
     * S9 Turin town hall, 14 February (booking): 2 guests only.
     * Not held or outside the period: S5 (called off), S7 (December), S10 (April), S11 (planned, never opened).
     */
    private void sessions(Duration shift, List<List<GLearner>> groups) {
        List<GLearner> g1 = groups.get(0);
        List<GLearner> g2 = groups.get(1);
        GSession s1 = session(0, "S1", "2025-01-10T10:00", shift, "CLOSED", BOOK);
        present(s1, g1.subList(0, 7));
        attendance.add(new GAttendance(s1, g1.get(7).id(), null, "ABSENT"));
        attendance.add(new GAttendance(s1, null, "guest-" + nextLearnerId + "-1", "PRESENT"));
        present(s1, groups.get(5));
        GSession s2 = session(0, "S2", "2025-02-07T10:00", shift, "CLOSED", BOOK, PAY);
        present(s2, g1.subList(0, 5));
        present(s2, g2.subList(0, 1));
        attendance.add(new GAttendance(s2, g1.get(5).id(), null, "EXCUSED"));
        present(session(1, "S3", "2025-02-05T14:00", shift, "CLOSED", SIGN_IN), g2);
        GSession s4 = session(2, "S4", "2025-03-03T09:30", shift, "CLOSED", SIGN_IN);
        present(s4, groups.get(2));
        present(s4, groups.get(3).subList(0, 2));
        session(2, "S5", "2025-03-12T10:00", shift, "CANCELLED", PAY);
        present(session(3, "S6", "2025-03-15T11:00", shift, "CLOSED"), groups.get(4));
        present(session(0, "S7", "2024-12-12T10:00", shift, "CLOSED", BOOK), g1);
        present(session(1, "S8", "2025-03-20T14:00", shift, "OPEN", SIGN_IN), g2.subList(0, 3));
        GSession s9 = session(2, "S9", "2025-02-14T10:00", shift, "CLOSED", BOOK);
        attendance.add(new GAttendance(s9, null, "guest-" + nextLearnerId + "-2", "PRESENT"));
        attendance.add(new GAttendance(s9, null, "guest-" + nextLearnerId + "-3", "PRESENT"));
        present(session(2, "S10", "2025-04-02T10:00", shift, "CLOSED", PAY), groups.get(3));
        session(1, "S11", "2025-03-25T14:00", shift, "PLANNED", SIGN_IN);
    }

    private GSession session(int place, String title, String start, Duration shift, String status, String... modules) {
        GSession session = new GSession(places.get(place), title, LocalDateTime.parse(start).plus(shift), status,
                List.of(modules));
        sessions.add(session);
        return session;
    }

    /** The learners who agreed to be counted in anonymous reports. */
    Set<Long> counted() {
        Set<Long> ids = new java.util.HashSet<>();
        learners.stream().filter(GLearner::counted).forEach(l -> ids.add(l.id()));
        return ids;
    }

    /** The events of the learners who agreed to be counted: those that reports and statements may hold. */
    List<GEvent> countedEvents() {
        Set<Long> ids = counted();
        return events.stream().filter(e -> ids.contains(e.learnerId())).toList();
    }

    /**
     * The sessions attended that statements hold: learners who agreed to be counted, present at a
     * session held (open, or closed since); their time is the session's start, when they were marked.
     */
    List<GAttendance> countedAttendance() {
        Set<Long> ids = counted();
        return attendance.stream().filter(a -> a.learnerId() != null && ids.contains(a.learnerId())
                && a.status().equals("PRESENT") && Set.of("OPEN", "CLOSED").contains(a.session().status())).toList();
    }

    /** When a session attended is stored: the session's start on this machine's clock, as written. */
    static Instant attendedAt(GAttendance attendance) {
        return attendance.session().startsAt().atZone(ZONE).toInstant();
    }

    private void present(GSession session, List<GLearner> learners) {
        learners.forEach(l -> attendance.add(new GAttendance(session, l.id(), null, "PRESENT")));
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private GLearner learner(Place place, String language, String ageBand, List<String> groups, Instant created) {
        return learner(place, language, ageBand, groups, true, created);
    }

    private GLearner learner(Place place, String language, String ageBand, List<String> groups, boolean counted,
            Instant created) {
        GLearner learner = new GLearner(nextLearnerId++, place, language, ageBand, groups, counted, created);
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
                + "display_name, picture, language, age_band, consent_at, consent_progress, consent_reports, pin_hash, "
                + "failed_pins, locked, created_at) values (?, ?, ?, ?, 'STAR', ?, ?, ?, true, ?, 'hash', 0, false, ?)");
                PreparedStatement group = connection.prepareStatement(
                        "insert into learner_target_group (learner_id, target_group) values (?, ?)")) {
            for (GLearner l : learners) {
                insert.setLong(1, l.id());
                insert.setLong(2, l.place().organisationId());
                insert.setLong(3, l.place().siteId());
                insert.setString(4, "Learner " + l.id());
                insert.setString(5, l.language());
                insert.setString(6, l.ageBand());
                insert.setTimestamp(7, Timestamp.from(l.createdAt()));
                insert.setBoolean(8, l.counted());
                insert.setTimestamp(9, Timestamp.from(l.createdAt()));
                insert.addBatch();
                for (String targetGroup : l.targetGroups()) {
                    group.setLong(1, l.id());
                    group.setString(2, targetGroup);
                    group.addBatch();
                }
            }
            insert.executeBatch();
            group.executeBatch();
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
        // by identity: copies far apart may hold equal sessions
        Map<GSession, Long> sessionIds = new java.util.IdentityHashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("insert into learning_session (organisation_id, "
                + "site_id, title, kind, starts_at, ends_at, capacity, open_to_newcomers, status, opened_at, closed_at, "
                + "created_at) values (?, ?, ?, 'DROP_IN', ?, ?, 20, true, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS);
                PreparedStatement module = connection.prepareStatement(
                        "insert into session_module (session_id, module_id) values (?, ?)")) {
            for (GSession s : sessions) {
                boolean opened = s.status().equals("OPEN") || s.status().equals("CLOSED");
                insert.setLong(1, s.place().organisationId());
                insert.setLong(2, s.place().siteId());
                insert.setString(3, s.title());
                insert.setTimestamp(4, Timestamp.valueOf(s.startsAt()));
                insert.setTimestamp(5, Timestamp.valueOf(s.startsAt().plusHours(2)));
                insert.setString(6, s.status());
                setTime(insert, 7, opened ? s.startsAt().atZone(ZONE).toInstant() : null);
                setTime(insert, 8, s.status().equals("CLOSED") ? s.startsAt().plusHours(2).atZone(ZONE).toInstant() : null);
                insert.setTimestamp(9, Timestamp.valueOf(s.startsAt().minusDays(7)));
                insert.executeUpdate();
                try (var keys = insert.getGeneratedKeys()) {
                    keys.next();
                    sessionIds.put(s, keys.getLong(1));
                }
                for (String moduleId : s.modules()) {
                    module.setLong(1, sessionIds.get(s));
                    module.setString(2, moduleId);
                    module.addBatch();
                }
            }
            module.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into session_attendance (session_id, "
                + "learner_id, guest_key, status, joined_at, marked_at, walk_in) values (?, ?, ?, ?, ?, ?, false)")) {
            for (GAttendance a : attendance) {
                Timestamp start = Timestamp.valueOf(a.session().startsAt());
                insert.setLong(1, sessionIds.get(a.session()));
                if (a.learnerId() == null) {
                    insert.setNull(2, Types.BIGINT);
                } else {
                    insert.setLong(2, a.learnerId());
                }
                insert.setString(3, a.guestKey());
                insert.setString(4, a.status());
                insert.setTimestamp(5, a.status().equals("PRESENT") ? start : null);
                insert.setTimestamp(6, start);
                insert.addBatch();
            }
            insert.executeBatch();
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

package org.gefyra.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.gefyra.learning.Verb;

/**
 * The report figures of a generated data set, counted in plain Java from the data set's own lists
 * (never from the database), by the rules the reports' notes state. The tests compare the
 * database's answers with these.
 */
final class ReportOracle {

    private final ReportDataSet data;
    private final Map<Long, ReportDataSet.GLearner> learners = new HashMap<>();
    private final Instant start;
    private final Instant end;
    private final Set<Long> organisations;

    ReportOracle(ReportDataSet data, Set<Long> organisations) {
        this.data = data;
        this.organisations = organisations;
        data.learners.forEach(l -> learners.put(l.id(), l));
        start = ReportDataSet.PERIOD.start(ReportDataSet.ZONE);
        end = ReportDataSet.PERIOD.end(ReportDataSet.ZONE);
    }

    /** The figure (value and learners) of a measure for each row key of a dimension, before any hiding. */
    Map<String, Cell> figures(Dimension dimension, Measure measure) {
        return switch (measure) {
            case LEARNERS_ACTIVE -> perLearner(dimension, eventsIn(e -> true), (rows, k) -> count(rows));
            case LEARNING_HOURS -> perLearner(dimension, eventsIn(e -> true),
                    (rows, k) -> sum(rows, r -> ((ReportDataSet.GEvent) r).activeSeconds()) / 3600.0);
            case HOURS_PER_LEARNER -> perLearner(dimension, eventsIn(e -> true),
                    (rows, k) -> sum(rows, r -> ((ReportDataSet.GEvent) r).activeSeconds()) / 3600.0 / learnersOf(rows));
            case NEW_LEARNERS -> {
                Map<String, Cell> cells = new HashMap<>();
                Map<String, Set<Long>> by = new HashMap<>();
                for (ReportDataSet.GLearner l : data.learners) {
                    if (in(l.createdAt()) && visible(l.id())) {
                        for (String key : keys(dimension, l, null, l.createdAt())) {
                            by.computeIfAbsent(key, x -> new HashSet<>()).add(l.id());
                        }
                    }
                }
                by.forEach((key, ids) -> cells.put(key, Cell.of((double) ids.size(), ids.size())));
                yield cells;
            }
            case RETURNING_LEARNERS -> {
                Map<String, Set<Long>> by = new HashMap<>();
                for (Object[] row : eventsIn(e -> true)) {
                    ReportDataSet.GEvent e = (ReportDataSet.GEvent) row[3];
                    for (String key : keys(dimension, learners.get(e.learnerId()), e.moduleId(), e.at())) {
                        Instant cellStart = dimension == Dimension.MONTH
                                ? ReportDataSet.PERIOD.start(YearMonth.parse(key), ReportDataSet.ZONE) : start;
                        boolean before = data.progress.stream().anyMatch(p -> p.learnerId == e.learnerId()
                                && p.startedAt.isBefore(cellStart));
                        if (before) {
                            by.computeIfAbsent(key, x -> new HashSet<>()).add(e.learnerId());
                        }
                    }
                }
                Map<String, Cell> cells = new HashMap<>();
                by.forEach((key, ids) -> cells.put(key, Cell.of((double) ids.size(), ids.size())));
                yield cells;
            }
            case MODULES_STARTED -> perLearner(dimension, progress(p -> in(p.startedAt), p -> p.startedAt),
                    (rows, k) -> (double) rows.size());
            case COMPLETION_RATE -> perLearner(dimension, progress(p -> in(p.startedAt), p -> p.startedAt),
                    (rows, k) -> 100.0 * rows.stream().filter(r -> ((ReportDataSet.GProgress) r).completedAt != null
                            && ((ReportDataSet.GProgress) r).completedAt.isBefore(end)).count() / rows.size());
            case MODULES_COMPLETED -> perLearner(dimension, completed(p -> true), (rows, k) -> (double) rows.size());
            case CERTIFICATES -> perLearner(dimension, progress(p -> p.certificateAt != null && in(p.certificateAt),
                    p -> p.certificateAt), (rows, k) -> (double) rows.size());
            case CONFIDENCE_BEFORE -> perLearner(dimension, completed(p -> p.before != null && p.after != null),
                    (rows, k) -> average(rows, p -> p.before));
            case CONFIDENCE_AFTER -> perLearner(dimension, completed(p -> p.before != null && p.after != null),
                    (rows, k) -> average(rows, p -> p.after));
            case CONFIDENCE_GAIN -> perLearner(dimension, completed(p -> p.before != null && p.after != null),
                    (rows, k) -> average(rows, p -> p.after - p.before));
            case SHARE_GAINED -> perLearner(dimension, completed(p -> p.before != null && p.after != null),
                    (rows, k) -> {
                        Map<Long, Integer> gain = new HashMap<>();
                        rows.forEach(r -> gain.merge(((ReportDataSet.GProgress) r).learnerId,
                                ((ReportDataSet.GProgress) r).after - ((ReportDataSet.GProgress) r).before, Integer::sum));
                        return 100.0 * gain.values().stream().filter(g -> g > 0).count() / gain.size();
                    });
            case MEDIAN_MINUTES_TO_COMPLETE -> perLearner(dimension, completed(p -> p.secondsToComplete != null),
                    (rows, k) -> {
                        TreeMap<Long, Long> minutes = new TreeMap<>();
                        rows.forEach(r -> minutes.merge((((ReportDataSet.GProgress) r).secondsToComplete + 59L) / 60, 1L, Long::sum));
                        return ReportQueries.median(minutes);
                    });
            case QUIZ_FIRST_TRY -> perLearner(dimension, firstAnswers(), (rows, k) -> 100.0
                    * rows.stream().filter(r -> Boolean.TRUE.equals(((ReportDataSet.GEvent) r).correct())).count() / rows.size());
            case GOALS_REACHED -> {
                Map<String, Set<Long>> learnersBy = new HashMap<>();
                Map<String, Long> reached = new HashMap<>();
                Set<String> firstTried = new HashSet<>();
                Set<String> firstReached = new HashSet<>();
                for (ReportDataSet.GEvent e : data.events) {
                    if (e.verb() != Verb.PRACTISED) {
                        continue;
                    }
                    String step = e.learnerId() + "|" + e.moduleId() + "|" + e.stepId();
                    boolean tried = firstTried.add(step);
                    boolean goal = Boolean.TRUE.equals(e.goal()) && firstReached.add(step);
                    if ((tried || goal) && in(e.at()) && visible(e.learnerId())) {
                        for (String key : keys(dimension, learners.get(e.learnerId()), e.moduleId(), e.at())) {
                            learnersBy.computeIfAbsent(key, x -> new HashSet<>()).add(e.learnerId());
                            reached.merge(key, goal ? 1L : 0L, Long::sum);
                        }
                    }
                }
                Map<String, Cell> cells = new HashMap<>();
                learnersBy.forEach((key, ids) -> cells.put(key, Cell.of((double) reached.get(key), ids.size())));
                yield cells;
            }
            case FEEDBACK_ANSWERS, USEFUL_VERY, USEFUL_A_LITTLE, USEFUL_NOT, HARD_READING, HARD_WORDS, HARD_QUESTIONS,
                    HARD_PRACTICE, HARD_SCREEN -> {
                Map<String, List<ReportDataSet.GFeedback>> by = new HashMap<>();
                for (ReportDataSet.GFeedback f : data.feedback) {
                    ReportDataSet.GLearner l = learners.get(f.learnerId());
                    if (in(f.givenAt()) && visible(l.id())) {
                        for (String key : keys(dimension, l, f.moduleId(), f.givenAt())) {
                            by.computeIfAbsent(key, x -> new ArrayList<>()).add(f);
                        }
                    }
                }
                Map<String, Cell> cells = new HashMap<>();
                by.forEach((key, answers) -> {
                    long people = answers.stream().map(ReportDataSet.GFeedback::learnerId).distinct().count();
                    Predicate<ReportDataSet.GFeedback> counted = switch (measure) {
                        case USEFUL_VERY -> f -> f.usefulness() == 3;
                        case USEFUL_A_LITTLE -> f -> f.usefulness() == 2;
                        case USEFUL_NOT -> f -> f.usefulness() == 1;
                        case FEEDBACK_ANSWERS -> f -> true;
                        default -> f -> f.hard().contains(measure.name().substring(5));
                    };
                    long n = answers.stream().filter(counted).count();
                    cells.put(key, Cell.of(measure == Measure.FEEDBACK_ANSWERS ? (double) n : 100.0 * n / answers.size(),
                            people));
                });
                yield cells;
            }
            case SESSIONS_HELD, ATTENDANCE -> sessions(dimension, measure);
        };
    }

    /**
     * Sessions opened (running or closed) that started in the period, where they were held; or, by a
     * dimension of learners, in the rows of the registered learners present. Attendance: those
     * learners' presences. Both rest on the learners present.
     */
    private Map<String, Cell> sessions(Dimension dimension, Measure measure) {
        boolean byLearners = dimension == Dimension.TARGET_GROUP || dimension == Dimension.AGE_BAND
                || dimension == Dimension.LANGUAGE;
        Map<String, Set<ReportDataSet.GSession>> held = new HashMap<>();
        Map<String, Set<Long>> people = new HashMap<>();
        Map<String, Long> presences = new HashMap<>();
        for (ReportDataSet.GSession s : data.sessions) {
            LocalDate day = s.startsAt().toLocalDate();
            if (!List.of("OPEN", "CLOSED").contains(s.status()) || day.isBefore(ReportDataSet.PERIOD.from())
                    || day.isAfter(ReportDataSet.PERIOD.to()) || !organisations.contains(s.place().organisationId())) {
                continue;
            }
            List<Long> came = data.attendance.stream().filter(a -> a.session() == s && a.learnerId() != null
                    && a.status().equals("PRESENT") && learners.get(a.learnerId()).counted())
                    .map(ReportDataSet.GAttendance::learnerId).toList();
            if (byLearners) {
                for (long learner : came) {
                    for (String key : keys(dimension, learners.get(learner), null, null)) {
                        held.computeIfAbsent(key, x -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))
                                .add(s);
                        people.computeIfAbsent(key, x -> new HashSet<>()).add(learner);
                        presences.merge(key, 1L, Long::sum);
                    }
                }
            } else {
                for (String key : sessionKeys(dimension, s)) {
                    held.computeIfAbsent(key, x -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()))
                            .add(s);
                    people.computeIfAbsent(key, x -> new HashSet<>()).addAll(came);
                    presences.merge(key, (long) came.size(), Long::sum);
                }
            }
        }
        Map<String, Cell> cells = new HashMap<>();
        held.forEach((key, sessions) -> {
            long learners = people.get(key).size();
            cells.put(key, Cell.of(measure == Measure.SESSIONS_HELD ? (double) sessions.size() : (double) presences.get(key),
                    learners));
        });
        return cells;
    }

    /** The row keys a session falls in, by a dimension of places, modules or months. */
    private static List<String> sessionKeys(Dimension dimension, ReportDataSet.GSession s) {
        return switch (dimension) {
            case ORGANISATION -> List.of(String.valueOf(s.place().organisationId()));
            case CITY -> List.of(s.place().city());
            case SITE -> List.of(String.valueOf(s.place().siteId()));
            case MONTH -> List.of(YearMonth.from(s.startsAt()).toString());
            case MODULE, DIGCOMP_COMPETENCE, DIGCOMP_AREA -> s.modules().stream()
                    .flatMap(m -> keys(dimension, null, m, null).stream()).distinct().toList();
            default -> List.of("0");
        };
    }

    private interface Value {
        Double of(List<Object> rows, String key);
    }

    /** Rows grouped per row key; the cell rests on the distinct learners of its rows. */
    private Map<String, Cell> perLearner(Dimension dimension, List<Object[]> rows, Value value) {
        Map<String, List<Object>> by = new HashMap<>();
        for (Object[] row : rows) {
            long learner = (Long) row[0];
            for (String key : keys(dimension, learners.get(learner), (String) row[1], (Instant) row[2])) {
                by.computeIfAbsent(key, x -> new ArrayList<>()).add(row[3]);
            }
        }
        Map<String, Cell> cells = new HashMap<>();
        by.forEach((key, list) -> cells.put(key, Cell.of(value.of(list, key), learnersOf(list))));
        return cells;
    }

    private static long learnersOf(List<Object> rows) {
        return rows.stream().map(r -> r instanceof ReportDataSet.GEvent e ? e.learnerId()
                : ((ReportDataSet.GProgress) r).learnerId).distinct().count();
    }

    private List<Object[]> eventsIn(Predicate<ReportDataSet.GEvent> which) {
        List<Object[]> rows = new ArrayList<>();
        for (ReportDataSet.GEvent e : data.events) {
            if (in(e.at()) && which.test(e) && visible(e.learnerId())) {
                rows.add(new Object[] {e.learnerId(), e.moduleId(), e.at(), e});
            }
        }
        return rows;
    }

    private List<Object[]> firstAnswers() {
        Set<String> seen = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (ReportDataSet.GEvent e : data.events) {
            if (e.verb() == Verb.ANSWERED && seen.add(e.learnerId() + "|" + e.moduleId() + "|" + e.stepId())
                    && in(e.at()) && visible(e.learnerId())) {
                rows.add(new Object[] {e.learnerId(), e.moduleId(), e.at(), e});
            }
        }
        return rows;
    }

    private List<Object[]> progress(Predicate<ReportDataSet.GProgress> which,
            java.util.function.Function<ReportDataSet.GProgress, Instant> time) {
        List<Object[]> rows = new ArrayList<>();
        for (ReportDataSet.GProgress p : data.progress) {
            if (which.test(p) && visible(p.learnerId)) {
                rows.add(new Object[] {p.learnerId, p.moduleId, time.apply(p), p});
            }
        }
        return rows;
    }

    private List<Object[]> completed(Predicate<ReportDataSet.GProgress> which) {
        return progress(p -> p.completedAt != null && in(p.completedAt) && which.test(p), p -> p.completedAt);
    }

    /** The learner is of the organisations asked about, and agreed to be counted in anonymous reports. */
    private boolean visible(long learner) {
        ReportDataSet.GLearner l = learners.get(learner);
        return l.counted() && organisations.contains(l.place().organisationId());
    }

    private boolean in(Instant time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    private static double count(List<Object> rows) {
        return learnersOf(rows);
    }

    private static double sum(List<Object> rows, java.util.function.ToIntFunction<Object> value) {
        return rows.stream().mapToInt(value).sum();
    }

    private static Double average(List<Object> rows, java.util.function.ToIntFunction<ReportDataSet.GProgress> value) {
        return rows.stream().mapToInt(r -> value.applyAsInt((ReportDataSet.GProgress) r)).average().orElse(Double.NaN);
    }

    /** The row keys a learner's row falls in: one, or one per competence (or area) of its module. */
    static List<String> keys(Dimension dimension, ReportDataSet.GLearner l, String module, Instant time) {
        return switch (dimension) {
            case TOTAL -> List.of("0");
            case ORGANISATION -> List.of(String.valueOf(l.place().organisationId()));
            case CITY -> List.of(l.place().city());
            case SITE -> List.of(String.valueOf(l.place().siteId()));
            case MODULE -> List.of(module);
            case DIGCOMP_COMPETENCE -> ReportDataSet.COMPETENCES.get(module);
            case DIGCOMP_AREA -> ReportDataSet.COMPETENCES.get(module).stream().map(c -> c.substring(0, 1)).distinct().toList();
            case TARGET_GROUP -> l.targetGroups().isEmpty() ? List.of("NOT_SAID") : l.targetGroups();
            case AGE_BAND -> List.of(l.ageBand());
            case LANGUAGE -> List.of(l.language());
            case MONTH -> List.of(YearMonth.from(time.atZone(ReportDataSet.ZONE)).toString());
        };
    }
}

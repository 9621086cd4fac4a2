package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The SQL of every measure, in one place: each family of measures is one grouped query that the
 * database answers, for one dimension, under the filter and within the caller's organisations.
 * Nothing here loads learning events into Java: every query returns one line per row of the
 * report (or, for the median, per row and minute).
 *
 * <p>The queries first group per row and learner, then per row, so that "distinct learners" is a
 * plain count (Derby allows one DISTINCT aggregate per query at most). The SQL runs unchanged on
 * Derby and PostgreSQL.
 */
final class ReportQueries {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(ReportQueries.class.getName());

    /**
     * What the reports know of a learner, written once: whether they are counted, and their target
     * groups (a table of their own; a learner may have several, or none: "not said").
     */
    static final class Learners {
        /** Learners whose learning is counted in reports: those who agreed to be counted in anonymous reports. */
        static final String COUNTED = "l.consent_reports = true";
        /** By target group, a learner counts in the row of each of their groups, or in "not said". */
        static final String TARGET_GROUP_JOIN = " left join learner_target_group tg on tg.learner_id = l.id";
        static final String TARGET_GROUP_KEY = "coalesce(tg.target_group, 'NOT_SAID')";
        static final String TARGET_GROUP_FILTER = "(exists (select 1 from learner_target_group ftg where "
                + "ftg.learner_id = l.id and ftg.target_group = ?) or (cast(? as varchar(20)) = 'NOT_SAID' and not exists "
                + "(select 1 from learner_target_group ntg where ntg.learner_id = l.id)))";

        private Learners() {
        }

        /** The filter's parameters, in the order of {@link #TARGET_GROUP_FILTER}. */
        static List<Object> targetGroupParameters(String group) {
            return List.of(group, group);
        }
    }

    /** How a source's time column holds time: a moment, a day, or a local date and time (the site's clock). */
    private enum TimeKind {
        INSTANT, DAY, LOCAL
    }

    /**
     * Where a family's rows come from: the tables (always with the learner as {@code l}), its time
     * (a timestamp, or a day for the daily learning), and its module.
     */
    private record Source(Function<Sql, String> from, String time, TimeKind timeKind, String module) {
        static Source of(String from, String time, String module) {
            return new Source(sql -> from, time, TimeKind.INSTANT, module);
        }

        static final Source ACTIVITY = new Source(sql -> "(" + sql.learningDays() + ") x (" + DAY_COLUMNS
                + ") join learner l on l.id = x.learner_id",
                "x.day", TimeKind.DAY, "x.module_id");
        static final Source STARTS = of("module_progress x join learner l on l.id = x.learner_id",
                "x.started_at", "x.module_id");
        static final Source COMPLETIONS = of("module_progress x join learner l on l.id = x.learner_id",
                "x.completed_at", "x.module_id");
        static final Source CERTIFICATES = of("module_progress x join learner l on l.id = x.learner_id",
                "x.certificate_at", "x.module_id");
        static final Source REGISTRATIONS = of("learner l", "l.created_at", null);
        static final Source FEEDBACK = of("module_feedback x join learner l on l.id = x.learner_id",
                "x.given_at", "x.module_id");
        /** The learning days per learner and month (see LearnerMonths): whole months only, no module. */
        static final Source LEARNER_MONTHS = new Source(sql -> "report_learner_month x join learner l on l.id = x.learner_id",
                "x.month_start", TimeKind.DAY, null);
        /** The learning days per learner, DigComp competence and month (see LearnerMonths): whole months only. */
        static final Source COMPETENCE_MONTHS = new Source(sql -> "report_learner_competence_month x join learner l "
                + "on l.id = x.learner_id", "x.month_start", TimeKind.DAY, null);
        /** Sessions, at the time on the site's clock they started; their modules are a table of their own. */
        static final Source SESSIONS = new Source(sql -> "learning_session s", "s.starts_at", TimeKind.LOCAL,
                "sm.module_id");
    }

    /** The columns of a learning day, as report_learning_day holds them and as the events not yet folded in give them. */
    static final String DAY_COLUMNS = "learner_id, module_id, day, events, active_seconds, first_answers, "
            + "first_answers_right, practice_steps, goals_reached";

    /**
     * The learning days of a range of events: four grouped selects (all events; first answers to a
     * question; first tries of a practice step; first goals reached), each a partial row of the
     * same columns. {@code events} is the condition on the events {@code e} (parameters included).
     */
    static List<String> learningDaysOf(String events) {
        String day = "e.learner_id lid, e.module_id mid, cast(e.occurred_at as date) d";
        String group = ") a group by lid, mid, d";
        return List.of(
                "select lid, mid, d, count(*), sum(sec), 0, 0, 0, 0 from (select " + day
                        + ", cast(coalesce(e.active_seconds, 0) as bigint) sec from learning_event e where " + events + group,
                "select lid, mid, d, 0, 0, count(*), sum(ok), 0, 0 from (select " + day
                        + ", case when e.correct = true then 1 else 0 end ok from learning_event e where " + events
                        + " and e.verb = 'ANSWERED'" + first("'ANSWERED'", "") + group,
                "select lid, mid, d, 0, 0, 0, 0, count(*), 0 from (select " + day + " from learning_event e where "
                        + events + " and e.verb = 'PRACTISED'" + first("'PRACTISED'", "") + group,
                "select lid, mid, d, 0, 0, 0, 0, 0, count(*) from (select " + day + " from learning_event e where "
                        + events + " and e.verb = 'PRACTISED' and e.goal_reached = true"
                        + first("'PRACTISED'", " and f.goal_reached = true") + group);
    }

    /** The event is the learner's first of its kind on that step of that module. */
    private static String first(String verb, String more) {
        return " and e.id = (select min(f.id) from learning_event f where f.learner_id = e.learner_id"
                + " and f.module_id = e.module_id and f.step_id = e.step_id and f.verb = " + verb + more + ")";
    }

    private final EntityManager em;
    private final List<Long> organisations;
    private final ReportFilter filter;
    private final Dimension dimension;
    private final ZoneId zone;
    private final List<YearMonth> months;
    private final long lastFolded;
    private final long newest;
    /** Whether prepared tables may be read (false when the report's turn was skipped: see ReportBuilds). */
    private final boolean readsPrepared;
    /** Whether the rows' figures are summed into the total as well (see {@link #withTotal}). */
    private boolean withTotal;

    /** The key of the total among the rows, when they are summed into it: no organisation or site has it. */
    static final String TOTAL_ROW = "total";

    /**
     * {@code organisations}: those whose figures count, or null for every organisation there is (an
     * administrator's unfiltered report: no list to check each row against). {@code lastFolded}: the
     * last learning event already in report_learning_day (see ReportRollup).
     */
    ReportQueries(EntityManager em, List<Long> organisations, ReportFilter filter, Dimension dimension, ZoneId zone,
            long lastFolded) {
        this(em, organisations, filter, dimension, zone, lastFolded, Long.MAX_VALUE);
    }

    /**
     * {@code newest}: the newest learning event when the rollup caught up: the events not yet folded in
     * are those between the two, read by their ids (none when it is {@code lastFolded}).
     */
    ReportQueries(EntityManager em, List<Long> organisations, ReportFilter filter, Dimension dimension, ZoneId zone,
            long lastFolded, long newest) {
        this(em, organisations, filter, dimension, zone, new ReportBuilds.Turn(newest, lastFolded, true));
    }

    /** At the rollup's turn of the report (see ReportBuilds). */
    ReportQueries(EntityManager em, List<Long> organisations, ReportFilter filter, Dimension dimension, ZoneId zone,
            ReportBuilds.Turn turn) {
        this.readsPrepared = turn.prepared();
        long lastFolded = turn.folded();
        long newest = turn.newest();
        this.lastFolded = lastFolded;
        this.newest = newest;
        this.em = em;
        this.organisations = organisations == null ? null : List.copyOf(organisations);
        this.filter = filter;
        this.dimension = dimension;
        this.zone = zone;
        this.months = filter.period().months();
    }

    /**
     * The total too, under {@link #TOTAL_ROW}, summed from the rows' counts before any figure is worked
     * out, for a dimension that puts each learner in one row (organisation, site): every count rests
     * on one line per row and learner, so the lines of all rows are those of the total and the total
     * is exact, distinct learners included, without asking the database again. Sessions are not
     * summed (a learner may come to the sessions of two organisations): see {@link #summedIntoTotal}.
     */
    ReportQueries withTotal() {
        if (!partitions(dimension)) {
            throw new IllegalStateException("the rows of " + dimension + " do not add up to the total");
        }
        withTotal = true;
        return this;
    }

    /** Whether each learner is in one row of the dimension at most, so that its rows add up to the total. */
    static boolean partitions(Dimension dimension) {
        return dimension == Dimension.ORGANISATION || dimension == Dimension.SITE;
    }

    /** Whether {@link #withTotal} gives the total of this measure. */
    static boolean summedIntoTotal(Measure measure) {
        return measure.family() != Measure.Family.SESSIONS;
    }

    /** The measures asked of {@link #figures}. */
    private List<Measure> asked = List.of();

    /** The figures of the measures, per row key (see {@link #key}); rows without any activity are absent. */
    Map<String, Map<Measure, Cell>> figures(List<Measure> measures) {
        Map<String, Map<Measure, Cell>> rows = new HashMap<>();
        if (organisations != null && organisations.isEmpty()) {
            return rows;
        }
        asked = measures;
        Set<Measure.Family> families = measures.stream().filter(m -> m.appliesTo(dimension, filter)).map(Measure::family)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Measure.Family.class)));
        for (Measure.Family family : families) {
            switch (family) {
                case ACTIVITY, QUIZ, GOALS -> learningDays(rows);
                case REGISTRATIONS -> registrations(rows);
                case RETURNING -> returning(rows);
                case STARTS -> starts(rows);
                case COMPLETIONS -> completions(rows);
                case TIME_TO_COMPLETE -> timeToComplete(rows);
                case CERTIFICATES -> certificates(rows);
                case FEEDBACK -> feedback(rows);
                case FEEDBACK_HARD -> feedbackHard(rows);
                case SESSIONS -> sessions(rows);
            }
        }
        return rows;
    }

    /**
     * Sessions held: sessions opened with their join code (running, or closed since) that started in
     * the period, counted where they were held (their organisation, site, city and modules).
     * Attendance: the registered learners marked present at them, one per learner and session. Both
     * rest on those learners. By target group, age or language (or under a target group filter), a
     * session counts in the rows of the learners who came; otherwise a session that only guests
     * came to counts too, resting on no one.
     */
    private void sessions(Map<String, Map<Measure, Cell>> rows) {
        Map<String, Long> held = new HashMap<>();
        Map<String, long[]> present = new HashMap<>();
        List<Object[]> prepared = readsPrepared ? SessionMonths.sessions(em, organisations, filter, dimension) : null;
        if (prepared != null) {
            for (Object[] r : prepared) {
                held.put(key(r[0]), number(r[1]));
                present.put(key(r[0]), new long[] {number(r[2]), number(r[3])});
            }
        } else {
            heldAndPresent(held, present);
        }
        held.forEach((key, count) -> {
            long[] came = present.getOrDefault(key, new long[2]);
            Map<Measure, Cell> cells = rows.computeIfAbsent(key, k -> new HashMap<>());
            cells.put(Measure.SESSIONS_HELD, Cell.of((double) count, came[0]));
            cells.put(Measure.ATTENDANCE, Cell.of((double) came[1], came[0]));
        });
    }

    private void heldAndPresent(Map<String, Long> held, Map<String, long[]> present) {
        Sql sessions = new Sql();
        for (Object[] r : sessions.run("select k, count(*) from (select distinct k, sid from (" + sessions.sessionRows()
                + ") b) d group by k")) {
            held.put(key(r[0]), number(r[1]));
        }
        Sql attendance = new Sql();
        for (Object[] r : attendance.run("select k, count(*), sum(n) from (select k, lid, count(*) n from (select distinct "
                + "k, sid, lid from (" + attendance.sessionRows() + ") b where lid is not null) d group by k, lid) e group by k")) {
            present.put(key(r[0]), new long[] {number(r[1]), number(r[2])});
        }
    }

    /** Whether the learning days' measures are in already: one query answers three families. */
    private boolean learningDaysRead;

    /**
     * From the learning days, in one pass: learners active and their learning hours; the first answer
     * of each learner to each question, answered in the period, right or not (resting on those who
     * answered); the practice goals reached for the first time (resting on all who practised).
     */
    private void learningDays(Map<String, Map<Measure, Cell>> rows) {
        if (learningDaysRead) {
            return;
        }
        learningDaysRead = true;
        Sql sql = new Sql();
        String query;
        if (readsSiteMonths()) {
            query = sql.fromSiteMonths();
        } else if (readsLearnerMonths()) {
            query = sql.fromLearnerMonths();
        } else {
            String inner = sql.select(Source.ACTIVITY, "x.learner_id lid, x.active_seconds sec, x.first_answers q, "
                    + "x.first_answers_right r, x.practice_steps p, x.goals_reached g", "");
            query = "select k, count(*), sum(s), sum(case when q > 0 then 1 else 0 end), sum(q), sum(r), "
                    + "sum(case when p > 0 or g > 0 then 1 else 0 end), sum(g) from (select k, lid, sum(sec) s, sum(q) q, "
                    + "sum(r) r, sum(p) p, sum(g) g from (" + inner + ") a group by k, lid) b group by k";
        }
        for (Object[] r : sql.summed(1, query)) {
            long learners = number(r[1]);
            double hours = number(r[2]) / 3600.0;
            put(rows, r[0], Measure.LEARNERS_ACTIVE, Cell.of((double) learners, learners));
            put(rows, r[0], Measure.LEARNING_HOURS, Cell.of(hours, learners));
            put(rows, r[0], Measure.HOURS_PER_LEARNER, Cell.of(learners == 0 ? null : hours / learners, learners));
            long answering = number(r[3]);
            long questions = number(r[4]);
            if (answering > 0) {
                put(rows, r[0], Measure.QUIZ_FIRST_TRY,
                        Cell.of(questions == 0 ? null : 100.0 * number(r[5]) / questions, answering));
            }
            long practising = number(r[6]);
            if (practising > 0) {
                put(rows, r[0], Measure.GOALS_REACHED, Cell.of((double) number(r[7]), practising));
            }
        }
    }

    /** The dimensions whose rows are the learner's (or the month's): the learner months answer them. */
    private static final Set<Dimension> BY_LEARNER = EnumSet.of(Dimension.TOTAL, Dimension.ORGANISATION, Dimension.CITY,
            Dimension.SITE, Dimension.TARGET_GROUP, Dimension.AGE_BAND, Dimension.LANGUAGE, Dimension.MONTH);

    /** The summary of the learning days per learner and month that answers this dimension, if any does. */
    private LearnerMonths learnerMonths() {
        return dimension == Dimension.DIGCOMP_COMPETENCE ? LearnerMonths.BY_COMPETENCE : LearnerMonths.BY_LEARNER;
    }

    /** Where {@link #learnerMonths} are read from, as a source of rows. */
    private Source learnerMonthsSource() {
        return dimension == Dimension.DIGCOMP_COMPETENCE ? Source.COMPETENCE_MONTHS : Source.LEARNER_MONTHS;
    }

    /**
     * Whether the learning days' measures may be read from report_learner_month (by competence, from
     * report_learner_competence_month): by a dimension of learners, months or competences, with no module chosen, over whole months (the last one may end at the
     * period's last day when no learning was folded in after it), and the table in step with the
     * learning days.
     */
    boolean readsLearnerMonths() {
        if (readsLearnerMonths == null) {
            readsLearnerMonths = learnerMonthsApply();
        }
        return readsLearnerMonths;
    }

    /** Whether {@link #readsLearnerMonths}, once asked of the database. */
    private Boolean readsLearnerMonths;

    private boolean learnerMonthsApply() {
        LocalDate from = filter.period().from();
        LocalDate to = filter.period().to();
        if (!readsPrepared || !BY_LEARNER.contains(dimension) && dimension != Dimension.DIGCOMP_COMPETENCE
                || filter.moduleId() != null || from.getDayOfMonth() != 1) {
            return false;
        }
        Long built = learnerMonths().builtUpTo(em);
        if (built == null || built != lastFolded) {
            return false;
        }
        LocalDate monthEnd = YearMonth.from(to).atEndOfMonth();
        return to.equals(monthEnd) || ((Number) em.createNativeQuery("select count(*) from report_learning_day "
                + "where day > ?1 and day <= ?2").setParameter(1, Date.valueOf(to)).setParameter(2, Date.valueOf(monthEnd))
                .getSingleResult()).longValue() == 0;
    }

    /** The dimensions that report_site_month answers (where learners are counted, and months), and by competence. */
    private static final Set<Dimension> BY_SITE = EnumSet.of(Dimension.TOTAL, Dimension.ORGANISATION, Dimension.CITY,
            Dimension.SITE, Dimension.MONTH, Dimension.DIGCOMP_COMPETENCE);

    /**
     * Whether the learning days' measures may be read from report_site_month (by competence,
     * report_site_competence_month; see SiteMonths): as from the learner months, by organisation, city,
     * site, month, competence or in total, and no target group chosen.
     */
    boolean readsSiteMonths() {
        return BY_SITE.contains(dimension) && filter.targetGroup() == null && readsLearnerMonths();
    }

    /** The dimensions the prepared module progress answers (where learners are counted, and months). */
    private static final Set<Dimension> BY_PROGRESS = EnumSet.of(Dimension.TOTAL, Dimension.ORGANISATION, Dimension.CITY,
            Dimension.SITE, Dimension.MONTH, Dimension.DIGCOMP_AREA, Dimension.DIGCOMP_COMPETENCE);

    /** Whether the prepared progress is read per DigComp area or competence (see ProgressCompetences). */
    private boolean byDigComp() {
        return dimension == Dimension.DIGCOMP_AREA || dimension == Dimension.DIGCOMP_COMPETENCE;
    }

    /** Whether {@link #readsProgressMonths}, once asked of the database. */
    private Boolean readsProgressMonths;

    /**
     * Whether the progress measures may be read from the prepared rows (see ProgressMonths; by DigComp
     * area and competence, ProgressCompetences): by organisation, city, site, month, area, competence or
     * in total, no module and no target group chosen, over whole months (the last one may end today),
     * and the rows in step with module_progress: built up to the last event folded in, no event after it
     * and no learner waiting to be counted again.
     */
    boolean readsProgressMonths() {
        if (readsProgressMonths == null) {
            LocalDate to = filter.period().to();
            readsProgressMonths = readsPrepared && BY_PROGRESS.contains(dimension) && filter.moduleId() == null
                    && filter.targetGroup() == null && filter.period().from().getDayOfMonth() == 1
                    && (to.equals(YearMonth.from(to).atEndOfMonth()) || !to.isBefore(LocalDate.now(zone)))
                    && Long.valueOf(lastFolded).equals(byDigComp() ? ProgressCompetences.builtUpTo(em)
                            : ProgressMonths.builtUpTo(em));
            recentProgress = readsProgressMonths && (newest > lastFolded || ((Number) em.createNativeQuery(
                    "select count(*) from report_learner_recount").getSingleResult()).longValue() > 0);
        }
        return readsProgressMonths;
    }

    /** {@link #progressScope}, once asked of the database (empty: none). */
    private java.util.Optional<ProgressScopes.Scope> progressScope;

    /**
     * The wider scope whose sums the prepared progress is read from (see ProgressScopes), or null for
     * the sums per organisation and site: with no site chosen, those of every organisation for every
     * organisation in total, by month, area or competence, else those per organisation (not by area,
     * competence or site). They are kept in the same turns as the sums per organisation and site.
     */
    ProgressScopes.Scope progressScope() {
        if (progressScope == null) {
            ProgressScopes.Scope scope = null;
            if (filter.siteId() == null && readsProgressMonths() && ProgressScopes.built(em)) {
                if (organisations == null && (byDigComp() || dimension == Dimension.TOTAL || dimension == Dimension.MONTH)) {
                    scope = ProgressScopes.Scope.ALL;
                } else if (!byDigComp() && dimension != Dimension.SITE) {
                    scope = ProgressScopes.Scope.ORGANISATION;
                } else if (byDigComp() && network() != null) {
                    scope = ProgressScopes.Scope.NETWORK;
                }
            }
            progressScope = java.util.Optional.ofNullable(scope);
        }
        return progressScope.orElse(null);
    }

    /** {@link #network}, once asked of the database (empty: the organisations are not a whole network). */
    private java.util.Optional<Long> network;

    /** The network whose organisations are exactly the organisations asked for (two or more), or null. */
    private Long network() {
        if (network == null) {
            network = java.util.Optional.ofNullable(organisations == null || organisations.size() < 2 ? null
                    : SessionMonths.wholeNetwork(em, organisations));
        }
        return network.orElse(null);
    }

    /**
     * The sums the learning days' measures are read from when {@link #readsSiteMonths}: those of
     * {@link #learnerMonths} per organisation and site, or over the widest scope that answers (see
     * SiteMonths.SCOPES): with no site chosen, those of every organisation for every organisation in
     * total, by month or competence, those per network by competence for a whole network, else those
     * per organisation (not by competence or site).
     */
    SiteMonths monthSums() {
        SiteMonths site = learnerMonths().sums();
        if (filter.siteId() != null || dimension == Dimension.SITE || !ProgressScopes.built(em)) {
            return site;
        }
        SiteMonths scoped;
        if (organisations == null && (dimension == Dimension.TOTAL || dimension == Dimension.MONTH
                || dimension == Dimension.DIGCOMP_COMPETENCE)) {
            scoped = site.scope(ProgressScopes.Scope.ALL);
        } else if (dimension == Dimension.DIGCOMP_COMPETENCE) {
            scoped = network() == null ? null : site.scope(ProgressScopes.Scope.NETWORK);
        } else {
            scoped = site.scope(ProgressScopes.Scope.ORGANISATION);
        }
        return scoped == null ? site : scoped;
    }

    /**
     * Whether some learners' progress may have changed since the prepared rows were built: learners of
     * the events not folded in yet, learners waiting to be counted again (see {@link #recentProgress(Sql,
     * Source, Supplier, String, String)}).
     */
    private boolean recentProgress;

    private static final String BOTH_RATINGS = "x.confidence_before is not null and x.confidence_after is not null";

    /** A finished module's ratings before (cb) and after (ca), 0 and 0 unless it has both. */
    private static final String RATINGS = "case when " + BOTH_RATINGS + " then cast(x.confidence_before as integer) "
            + "else 0 end cb, case when " + BOTH_RATINGS + " then cast(x.confidence_after as integer) else 0 end ca";

    /** A finished module's learner (lid), whether it has a time (timed) and both ratings (rated), and {@link #RATINGS}. */
    private static final String COMPLETION_COLUMNS = "x.learner_id lid, case when x.seconds_to_complete is not null then 1 "
            + "else 0 end timed, case when " + BOTH_RATINGS + " then 1 else 0 end rated, " + RATINGS;

    /**
     * The learners whose progress may have changed since the prepared rows were built, as a condition
     * on {@code x.learner_id}: those of the events not folded in yet, and those waiting to be counted
     * again (moved, consent changed, a certificate issued). Empty when there are none.
     */
    private String recentLearners(Sql sql) {
        if (!recentProgress) {
            return "";
        }
        return " and (x.learner_id in (select e.learner_id from learning_event e where e.id > " + sql.param(lastFolded)
                + " and e.id <= " + sql.param(newest) + " and e.learner_id is not null)"
                + " or x.learner_id in (select r.learner_id from report_learner_recount r))";
    }

    /**
     * The recent learners' progress as today's queries count it from module_progress (their prepared
     * rows are taken out by {@link Sql#progress}), as more lines of a prepared query: {@code before}
     * the select of the source's rows, {@code after} it (one line per learner or module).
     */
    private String recentProgress(Sql sql, Source source, Supplier<String> columns, String before, String after) {
        if (!recentProgress) {
            return "";
        }
        // the condition after the select's text, so that its parameters come after the select's
        String select = sql.select(source, columns, "");
        return " union all " + before + select + recentLearners(sql) + after;
    }

    private void registrations(Map<String, Map<Measure, Cell>> rows) {
        Sql sql = new Sql();
        List<Object[]> prepared = readsPrepared ? SessionMonths.registrations(em, organisations, filter, dimension, zone)
                : null;
        for (Object[] r : prepared != null ? sql.withTotals(1, prepared)
                : sql.summed(1, "select k, count(*) from (" + sql.select(Source.REGISTRATIONS, "l.id lid", "") + ") a group by k")) {
            long learners = number(r[1]);
            put(rows, r[0], Measure.NEW_LEARNERS, Cell.of((double) learners, learners));
        }
    }

    /** Learners active in a row who had started a module before the row's start: they came back. */
    private void returning(Map<String, Map<Measure, Cell>> rows) {
        Sql sql = new Sql();
        if (readsReturningMonths()) {
            preparedReturning(rows);
            return;
        }
        String active;
        if (readsLearnerMonths()) {
            active = sql.activeFromLearnerMonths();
        } else {
            active = "select distinct k, lid, cs from (" + sql.select(Source.ACTIVITY, () -> "x.learner_id lid, "
                    + sql.cellStart(Source.ACTIVITY) + " cs", "") + ") a";
        }
        for (Object[] r : sql.summed(1, "select k, count(*) from (" + active + ") d "
                + "where exists (select 1 from module_progress p0 where p0.learner_id = d.lid and p0.started_at < d.cs) "
                + "group by k")) {
            long learners = number(r[1]);
            put(rows, r[0], Measure.RETURNING_LEARNERS, Cell.of((double) learners, learners));
        }
    }

    /**
     * Whether the returning learners may be read from the prepared rows (see ReturningMonths): where
     * both the learner months and the prepared progress answer, and the rows built.
     */
    boolean readsReturningMonths() {
        // not by DigComp: the prepared returning learners have no competence (ProgressCompetences has no table for them)
        return !byDigComp() && readsLearnerMonths() && readsProgressMonths() && ReturningMonths.built(em);
    }

    /**
     * Returning learners from the prepared rows (see ReturningMonths): a row's learners when it is their
     * first in the period and their first start is before it; the recent learners as today.
     */
    private void preparedReturning(Map<String, Map<Measure, Cell>> rows) {
        Sql sql = new Sql();
        String prepared = sql.progress(ReturningMonths.SITE_TABLE, "x.month_start", sql::firstLearners,
                ReturningMonths.startedBefore(filter.period().from(), dimension == Dimension.MONTH));
        String recent = recentProgress ? " union all select k, 1 from (" + sql.activeFromLearnerMonths() + ") d where exists "
                + "(select 1 from module_progress p0 where p0.learner_id = d.lid and p0.started_at < d.cs)"
                + recentLearners(sql).replace("x.learner_id", "d.lid") : "";
        for (Object[] r : sql.summed(1, "select k, sum(n) from (" + prepared + recent + ") u (k, n) group by k")) {
            long learners = number(r[1]);
            if (learners > 0) {
                put(rows, r[0], Measure.RETURNING_LEARNERS, Cell.of((double) learners, learners));
            }
        }
    }

    /** Modules started in the period, and how many of those were finished by its end. */
    private void starts(Map<String, Map<Measure, Cell>> rows) {
        Sql sql = new Sql();
        if (readsProgressMonths()) {
            String learners = sql.progress("report_site_progress_month", "x.month_start", () -> sql.firstLearners()
                    + ", 0, 0", " and x.kind = 'S'");
            String modules = sql.progress("report_site_progress", "x.started_month", () -> "0, x.modules, case when "
                    + "x.completed_month < " + sql.param(Date.valueOf(filter.period().to().plusDays(1)))
                    + " then x.modules else 0 end", "");
            String recent = recentProgress(sql, Source.STARTS, () -> "x.learner_id lid, case when x.completed_at is not null "
                    + "and x.completed_at < " + sql.param(timestamp(end())) + " then 1 else 0 end done",
                    "select k, 1, count(*), sum(done) from (", ") a group by k, lid");
            putStarts(rows, sql.summed(1, "select k, sum(l), sum(n), sum(c) from (" + learners + " union all " + modules
                    + recent + ") u (k, l, n, c) group by k"));
            return;
        }
        String inner = sql.select(Source.STARTS, () -> "x.learner_id lid, case when x.completed_at is not null and "
                + "x.completed_at < " + sql.param(timestamp(end())) + " then 1 else 0 end done", "");
        putStarts(rows, sql.summed(1, "select k, count(*), sum(n), sum(c) from (select k, lid, count(*) n, sum(done) c from ("
                + inner + ") a group by k, lid) b group by k"));
    }

    private void putStarts(Map<String, Map<Measure, Cell>> rows, List<Object[]> lines) {
        for (Object[] r : lines) {
            long learners = number(r[1]);
            long started = number(r[2]);
            if (started == 0) {
                continue; // a prepared row whose learners are all counted from module_progress now
            }
            long completed = number(r[3]);
            put(rows, r[0], Measure.MODULES_STARTED, Cell.of((double) started, learners));
            put(rows, r[0], Measure.COMPLETION_RATE, Cell.of(started == 0 ? null : 100.0 * completed / started, learners));
        }
    }

    /** Modules finished in the period, with the confidence their learners gave before and after. */
    private void completions(Map<String, Map<Measure, Cell>> rows) {
        if (readsProgressMonths()) {
            preparedCompletions(rows, asked.contains(Measure.SHARE_GAINED));
            return;
        }
        Sql sql = new Sql();
        String inner = sql.select(Source.COMPLETIONS, COMPLETION_COLUMNS, "");
        for (Object[] r : sql.summed(1, "select k, count(*), sum(n), sum(case when timed > 0 then 1 else 0 end), sum(rated), "
                + "sum(sb), sum(sa), sum(case when rated > 0 then 1 else 0 end), "
                + "sum(case when rated > 0 and sa > sb then 1 else 0 end) from ("
                + "select k, lid, count(*) n, sum(timed) timed, sum(rated) rated, sum(cb) sb, sum(ca) sa from ("
                + inner + ") a group by k, lid) b group by k")) {
            long learners = number(r[1]);
            long completed = number(r[2]);
            long pairs = number(r[4]);
            double before = number(r[5]);
            double after = number(r[6]);
            long ratedLearners = number(r[7]);
            long gainedLearners = number(r[8]);
            put(rows, r[0], Measure.MODULES_COMPLETED, Cell.of((double) completed, learners));
            timedLearners.put(key(r[0]), number(r[3]));
            putConfidence(rows, r[0], pairs, before, after, ratedLearners);
            putShareGained(rows, r[0], gainedLearners, ratedLearners);
        }
    }

    /** The share of the learners who rated whose ratings rose over the period, resting on those who rated. */
    private void putShareGained(Map<String, Map<Measure, Cell>> rows, Object key, long gainedLearners, long ratedLearners) {
        put(rows, key, Measure.SHARE_GAINED, Cell.of(ratedLearners == 0 ? null : 100.0 * gainedLearners / ratedLearners,
                ratedLearners));
    }

    /** Mean "I can" ratings before and after, and their gain, over the pairs of ratings of the learners who rated. */
    private void putConfidence(Map<String, Map<Measure, Cell>> rows, Object key, long pairs, double before, double after,
            long ratedLearners) {
        put(rows, key, Measure.CONFIDENCE_BEFORE, Cell.of(pairs == 0 ? null : before / pairs, ratedLearners));
        put(rows, key, Measure.CONFIDENCE_AFTER, Cell.of(pairs == 0 ? null : after / pairs, ratedLearners));
        put(rows, key, Measure.CONFIDENCE_GAIN, Cell.of(pairs == 0 ? null : (after - before) / pairs, ratedLearners));
    }

    /**
     * Modules finished, from the prepared rows (see ProgressMonths): learners (C), learners with a time
     * (T) and with both ratings (R) when their row is their first of its kind in the period; modules and
     * ratings summed. The share of the rated learners whose confidence rose rests on each learner's
     * ratings over the whole period: read from the runs of rated months (see RatingSpans) where they
     * apply, else counted from module_progress, when asked for.
     */
    private void preparedCompletions(Map<String, Map<Measure, Cell>> rows, boolean share) {
        Sql sql = new Sql();
        String learners = sql.progress("report_site_progress_month", "x.month_start", () -> "case when x.kind = 'C' then "
                + sql.firstLearners() + " else 0 end, case when x.kind = 'T' then " + sql.firstLearners()
                + " else 0 end, case when x.kind = 'R' then " + sql.firstLearners() + " else 0 end, 0, 0, 0, 0",
                " and x.kind in ('C', 'T', 'R')");
        String modules = sql.progress("report_site_progress", "x.completed_month", () -> "0, 0, 0, x.modules, x.rated, "
                + "x.confidence_before, x.confidence_after", "");
        String recent = recentProgress(sql, Source.COMPLETIONS, () -> COMPLETION_COLUMNS,
                "select k, 1, max(timed), max(rated), count(*), sum(rated), sum(cb), sum(ca) from (", ") a group by k, lid");
        Map<String, Long> gained = new HashMap<>();
        if (share && !byDigComp() && RatingSpans.built(em)) {
            preparedGained(gained);
        } else if (share) {
            Sql today = new Sql();
            String inner = today.select(Source.COMPLETIONS, "x.learner_id lid, cast(x.confidence_before as integer) cb, "
                    + "cast(x.confidence_after as integer) ca", " and " + BOTH_RATINGS);
            for (Object[] r : today.summed(1, "select k, sum(case when sa > sb then 1 else 0 end) from (select k, lid, "
                    + "sum(cb) sb, sum(ca) sa from (" + inner + ") a group by k, lid) b group by k")) {
                gained.put(key(r[0]), number(r[1]));
            }
        }
        for (Object[] r : sql.summed(1, "select k, sum(c), sum(t), sum(r), sum(n), sum(p), sum(b), sum(a) from ("
                + learners + " union all " + modules + recent + ") u (k, c, t, r, n, p, b, a) group by k")) {
            long completed = number(r[4]);
            if (completed == 0) {
                continue;
            }
            long finishing = number(r[1]);
            long pairs = number(r[5]);
            double before = number(r[6]);
            double after = number(r[7]);
            long ratedLearners = number(r[3]);
            put(rows, r[0], Measure.MODULES_COMPLETED, Cell.of((double) completed, finishing));
            timedLearners.put(key(r[0]), number(r[2]));
            putConfidence(rows, r[0], pairs, before, after, ratedLearners);
            if (share) {
                putShareGained(rows, r[0], gained.getOrDefault(key(r[0]), 0L), ratedLearners);
            }
        }
    }

    /**
     * Per row, the rated learners whose ratings after summed over the period exceed those before, from
     * the prepared runs of their rated months (see RatingSpans); the recent learners' as today.
     */
    private void preparedGained(Map<String, Long> gained) {
        Sql sql = new Sql();
        String spans = sql.progress(RatingSpans.SITE_TABLE, "x.first_month", () -> "x.gained", RatingSpans.inPeriod(
                filter.period().from(), filter.period().to().plusDays(1), dimension == Dimension.MONTH));
        String recent = recentProgress(sql, Source.COMPLETIONS, () -> "x.learner_id lid, " + RATINGS,
                "select k, case when sum(ca) > sum(cb) then 1 else 0 end from (", ") a group by k, lid");
        for (Object[] r : sql.summed(1, "select k, sum(g) from (" + spans + recent + ") u (k, g) group by k")) {
            gained.put(key(r[0]), number(r[1]));
        }
    }

    /** Per row, the learners whose time to finish is known: the median rests on them. */
    private final Map<String, Long> timedLearners = new HashMap<>();

    /**
     * The median active time to finish a module, in minutes: the database counts the finished modules
     * per row and whole minute, and the median is read off those counts.
     */
    private void timeToComplete(Map<String, Map<Measure, Cell>> rows) {
        if (timedLearners.isEmpty()) {
            if (readsProgressMonths()) {
                preparedCompletions(new HashMap<>(), false);
            } else {
                completions(new HashMap<>());
            }
        }
        Sql sql = new Sql();
        String query;
        if (readsProgressMonths()) {
            String prepared = sql.progress("report_site_progress_minutes", "x.completed_month", () -> "x.minutes, x.modules", "");
            query = "select k, m, sum(n) from (" + prepared + recentProgress(sql, Source.COMPLETIONS,
                    () -> "(x.seconds_to_complete + 59) / 60 m", "select k, m, 1 from (",
                    " and x.seconds_to_complete is not null) a") + ") a (k, m, n) group by k, m";
        } else {
            query = "select k, m, count(*) from (" + sql.select(Source.COMPLETIONS, "(x.seconds_to_complete + 59) / 60 m",
                    " and x.seconds_to_complete is not null") + ") a group by k, m";
        }
        Map<String, TreeMap<Long, Long>> histograms = new HashMap<>();
        for (Object[] r : sql.summed(2, query)) {
            if (number(r[2]) == 0) {
                continue;
            }
            histograms.computeIfAbsent(key(r[0]), k -> new TreeMap<>()).put(number(r[1]), number(r[2]));
        }
        histograms.forEach((key, histogram) -> {
            rows.computeIfAbsent(key, k -> new HashMap<>()).put(Measure.MEDIAN_MINUTES_TO_COMPLETE,
                    Cell.of(median(histogram), timedLearners.getOrDefault(key, 0L)));
        });
    }

    static Double median(TreeMap<Long, Long> counts) {
        long n = counts.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        return (valueAt(counts, (n - 1) / 2) + valueAt(counts, n / 2)) / 2.0;
    }

    private static long valueAt(TreeMap<Long, Long> counts, long index) {
        long seen = 0;
        for (Map.Entry<Long, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (index < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("no value at " + index);
    }

    private void certificates(Map<String, Map<Measure, Cell>> rows) {
        Sql sql = new Sql();
        String query;
        if (readsProgressMonths()) {
            String prepared = sql.progress("report_site_progress_month", "x.month_start", () -> sql.firstLearners() + ", 0",
                    " and x.kind = 'F'") + " union all " + sql.progress("report_site_progress", "x.certificate_month",
                    () -> "0, x.modules", "");
            query = "select k, sum(l), sum(n) from (" + prepared + recentProgress(sql, Source.CERTIFICATES,
                    () -> "x.learner_id lid", "select k, 1, count(*) from (", ") a group by k, lid")
                    + ") u (k, l, n) group by k";
        } else {
            String inner = sql.select(Source.CERTIFICATES, "x.learner_id lid", "");
            query = "select k, count(*), sum(n) from (select k, lid, count(*) n from (" + inner
                    + ") a group by k, lid) b group by k";
        }
        for (Object[] r : sql.summed(1, query)) {
            if (number(r[2]) == 0) {
                continue;
            }
            put(rows, r[0], Measure.CERTIFICATES, Cell.of((double) number(r[2]), number(r[1])));
        }
    }

    private void feedback(Map<String, Map<Measure, Cell>> rows) {
        Sql sql = new Sql();
        String inner = sql.select(Source.FEEDBACK, "x.learner_id lid, "
                + "case when x.usefulness = 3 then 1 else 0 end u3, case when x.usefulness = 2 then 1 else 0 end u2, "
                + "case when x.usefulness = 1 then 1 else 0 end u1", "");
        for (Object[] r : sql.summed(1, "select k, count(*), sum(n), sum(s3), sum(s2), sum(s1) from (select k, lid, count(*) n, "
                + "sum(u3) s3, sum(u2) s2, sum(u1) s1 from (" + inner + ") a group by k, lid) b group by k")) {
            long learners = number(r[1]);
            double answers = number(r[2]);
            put(rows, r[0], Measure.FEEDBACK_ANSWERS, Cell.of(answers, learners));
            put(rows, r[0], Measure.USEFUL_VERY, Cell.of(100.0 * number(r[3]) / answers, learners));
            put(rows, r[0], Measure.USEFUL_A_LITTLE, Cell.of(100.0 * number(r[4]) / answers, learners));
            put(rows, r[0], Measure.USEFUL_NOT, Cell.of(100.0 * number(r[5]) / answers, learners));
        }
    }

    /** What learners found hard, as shares of the answers; each share rests on all who answered. */
    private void feedbackHard(Map<String, Map<Measure, Cell>> rows) {
        Map<String, Map<Measure, Cell>> answered = new HashMap<>();
        feedback(answered);
        Sql sql = new Sql();
        String inner = sql.select(Source.FEEDBACK, "x.id fid", "");
        Map<String, Map<String, Long>> ticked = new HashMap<>();
        for (Object[] r : sql.summed(2, "select k, h.part, count(*) from (" + inner
                + ") a join module_feedback_hard h on h.feedback_id = a.fid group by k, h.part")) {
            ticked.computeIfAbsent(key(r[0]), k -> new HashMap<>()).put(String.valueOf(r[1]), number(r[2]));
        }
        answered.forEach((key, cells) -> {
            Cell answers = cells.get(Measure.FEEDBACK_ANSWERS);
            for (Measure hard : List.of(Measure.HARD_READING, Measure.HARD_WORDS, Measure.HARD_QUESTIONS,
                    Measure.HARD_PRACTICE, Measure.HARD_SCREEN)) {
                long count = ticked.getOrDefault(key, Map.of()).getOrDefault(hard.name().substring(5), 0L);
                rows.computeIfAbsent(key, k -> new HashMap<>()).put(hard,
                        Cell.of(100.0 * count / answers.value(), answers.learners()));
            }
        });
    }

    private Instant start() {
        return filter.period().start(zone);
    }

    private Instant end() {
        return filter.period().end(zone);
    }

    private void put(Map<String, Map<Measure, Cell>> rows, Object key, Measure measure, Cell cell) {
        rows.computeIfAbsent(key(key), k -> new HashMap<>()).put(measure, cell);
    }

    /** A row's key as text: a month as "2025-03", a missing site as "". */
    private String key(Object raw) {
        if (dimension == Dimension.MONTH) {
            return months.get((int) number(raw)).toString();
        }
        return raw == null ? "" : String.valueOf(raw).strip();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    /** One native query being written: its text with {@code ?} for each parameter, in order. */
    private final class Sql {
        private final List<Object> parameters = new ArrayList<>();

        String param(Object value) {
            parameters.add(value);
            return "?";
        }

        /**
         * The innermost select of a family: the row key as {@code k}, then the given columns, from
         * the source's rows in the period, within the organisations and under the filter.
         */
        String select(Source source, String columns, String moreConditions) {
            return select(source, () -> columns, moreConditions);
        }

        /** As above, with columns that take parameters: written after the key, in the order of the text. */
        String select(Source source, Supplier<String> columns, String moreConditions) {
            String key = keyExpression(source);
            StringBuilder sql = new StringBuilder("select ").append(key).append(" k, ").append(columns.get())
                    .append(" from ").append(source.from().apply(this)).append(joins(source));
            sql.append(" where ").append(source.time()).append(" >= ").append(param(first(source)))
                    .append(" and ").append(source.time()).append(" < ").append(param(after(source)))
                    .append(" and ").append(Learners.COUNTED);
            if (organisations != null) {
                sql.append(" and l.organisation_id in (")
                        .append(organisations.stream().map(this::param).collect(Collectors.joining(", "))).append(")");
            }
            if (filter.siteId() != null) {
                sql.append(" and l.site_id = ").append(param(filter.siteId()));
            }
            if (filter.targetGroup() != null) {
                parameters.addAll(Learners.targetGroupParameters(filter.targetGroup()));
                sql.append(" and ").append(Learners.TARGET_GROUP_FILTER);
            }
            if (filter.moduleId() != null && source.module() != null) {
                sql.append(" and ").append(source.module()).append(" = ").append(param(filter.moduleId()));
            }
            return sql.append(moreConditions).toString();
        }

        private String joins(Source source) {
            if (source == Source.COMPETENCE_MONTHS) {
                return "";
            }
            return switch (dimension) {
                case CITY -> " join organisation o on o.id = l.organisation_id";
                case DIGCOMP_AREA -> " join (select distinct module_id, area from report_module_competence) mc"
                        + " on mc.module_id = x.module_id";
                case DIGCOMP_COMPETENCE -> " join report_module_competence mc on mc.module_id = x.module_id";
                case TARGET_GROUP -> Learners.TARGET_GROUP_JOIN;
                default -> "";
            };
        }

        private String keyExpression(Source source) {
            boolean session = source == Source.SESSIONS;
            return switch (dimension) {
                case TOTAL -> "0";
                case ORGANISATION -> session ? "s.organisation_id" : "l.organisation_id";
                case CITY -> "o.city";
                case SITE -> session ? "s.site_id" : "l.site_id";
                case MODULE -> source.module();
                case DIGCOMP_AREA -> "mc.area";
                case DIGCOMP_COMPETENCE -> source == Source.COMPETENCE_MONTHS ? "x.competence" : "mc.competence";
                case TARGET_GROUP -> Learners.TARGET_GROUP_KEY;
                case AGE_BAND -> "l.age_band";
                case LANGUAGE -> "l.language";
                case MONTH -> monthIndex(source);
            };
        }

        /** The first moment (or day) of the period, as the source's time column holds it. */
        private Object first(Source source) {
            return dayStart(source, filter.period().from());
        }

        /** The first moment (or day) after the period. */
        private Object after(Source source) {
            return dayStart(source, filter.period().to().plusDays(1));
        }

        /** Where a month starts, as the source's time column holds it. */
        private Object monthStart(Source source, YearMonth month) {
            return dayStart(source, month.atDay(1));
        }

        private Object dayStart(Source source, LocalDate day) {
            return switch (source.timeKind()) {
                case INSTANT -> timestamp(day.atStartOfDay(zone).toInstant());
                case DAY -> Date.valueOf(day);
                case LOCAL -> Timestamp.valueOf(day.atStartOfDay());
            };
        }

        /**
         * One line per session held in the period (see {@link ReportQueries#sessions}) and registered
         * learner present at it, as {@code k, sid, lid}, within the organisations and under the filter;
         * where a session may count without learners, a line with no learner for each session as well.
         */
        String sessionRows() {
            Source source = Source.SESSIONS;
            boolean byLearners = dimension == Dimension.TARGET_GROUP || dimension == Dimension.AGE_BAND
                    || dimension == Dimension.LANGUAGE || filter.targetGroup() != null;
            String withLearners = "select " + keyExpression(source) + " k, s.id sid, a.learner_id lid from " + source.from()
                    .apply(this) + " join session_attendance a on a.session_id = s.id join learner l on l.id = a.learner_id"
                    + sessionJoins() + sessionConditions(source) + " and a.status = 'PRESENT' and " + Learners.COUNTED
                    + (filter.targetGroup() != null ? " and " + targetGroup() : "");
            if (byLearners) {
                return withLearners;
            }
            return withLearners + " union all select " + keyExpression(source) + " k, s.id sid, cast(null as bigint) lid from "
                    + source.from().apply(this) + sessionJoins() + sessionConditions(source);
        }

        private String targetGroup() {
            parameters.addAll(Learners.targetGroupParameters(filter.targetGroup()));
            return Learners.TARGET_GROUP_FILTER;
        }

        private String sessionJoins() {
            return switch (dimension) {
                case CITY -> " join organisation o on o.id = s.organisation_id";
                case MODULE -> " join session_module sm on sm.session_id = s.id";
                case DIGCOMP_AREA -> " join session_module sm on sm.session_id = s.id join (select distinct module_id, area"
                        + " from report_module_competence) mc on mc.module_id = sm.module_id";
                case DIGCOMP_COMPETENCE -> " join session_module sm on sm.session_id = s.id"
                        + " join report_module_competence mc on mc.module_id = sm.module_id";
                case TARGET_GROUP -> Learners.TARGET_GROUP_JOIN;
                default -> "";
            };
        }

        private String sessionConditions(Source source) {
            StringBuilder sql = new StringBuilder(" where ").append(source.time()).append(" >= ").append(param(first(source)))
                    .append(" and ").append(source.time()).append(" < ").append(param(after(source)))
                    .append(" and s.status in ('OPEN', 'CLOSED')");
            if (organisations != null) {
                sql.append(" and s.organisation_id in (")
                        .append(organisations.stream().map(this::param).collect(Collectors.joining(", "))).append(")");
            }
            if (filter.siteId() != null) {
                sql.append(" and s.site_id = ").append(param(filter.siteId()));
            }
            if (filter.moduleId() != null) {
                sql.append(" and exists (select 1 from session_module fm where fm.session_id = s.id and fm.module_id = ")
                        .append(param(filter.moduleId())).append(")");
            }
            return sql.toString();
        }

        /** The month of a time, as its place in the period's months (0 for the first). */
        private String monthIndex(Source source) {
            if (months.size() == 1) {
                return "0";
            }
            StringBuilder index = new StringBuilder("case");
            for (int i = 1; i < months.size(); i++) {
                index.append(" when ").append(source.time()).append(" < ").append(param(monthStart(source, months.get(i))))
                        .append(" then ").append(i - 1);
            }
            return index.append(" else ").append(months.size() - 1).append(" end").toString();
        }

        /**
         * The learning days in the period: those already folded into report_learning_day, and those
         * of the events after the last one folded, summed the same way.
         */
        String learningDays() {
            StringBuilder days = new StringBuilder();
            if (!recentOnly) {
                days.append("select ").append(DAY_COLUMNS)
                        .append(" from report_learning_day where day >= ").append(param(Date.valueOf(filter.period().from())))
                        .append(" and day <= ").append(param(Date.valueOf(filter.period().to())));
            }
            if (newest <= lastFolded) {
                return days.toString();
            }
            // bounded on both sides by ids, so that the database reads these few events by their key
            for (String recent : learningDaysOf("e.id > ? and e.id <= ? and e.learner_id is not null "
                    + "and e.occurred_at >= ? and e.occurred_at < ?")) {
                days.append(days.isEmpty() ? "" : " union all ").append(recent);
                parameters.add(lastFolded);
                parameters.add(newest);
                parameters.add(timestamp(start()));
                parameters.add(timestamp(end()));
            }
            return days.toString();
        }

        /** Whether {@link #learningDays} leaves out the folded learning days: only the events after them. */
        private boolean recentOnly;

        /**
         * The learning days' measures from report_learner_month, in the columns of the query on the
         * learning days: per row, learners, seconds, learners who answered, first answers, right ones,
         * learners who practised, goals. A learner counts in a row once: by the row that is their first
         * in the period (its previous month is before the period; by month, every row is). The events
         * not folded in yet count their learners when those have no month in the row at all.
         */
        String fromLearnerMonths() {
            String counted = select(learnerMonthsSource(), () -> firstInPeriod("x.previous_month", "") + " fa, "
                    + "x.active_seconds s, case when x.first_answers > 0" + firstInPeriod("x.previous_answer_month", " and ")
                    + " then 1 else 0 end fq, x.first_answers q, x.first_answers_right r, "
                    + "case when (x.practice_steps > 0 or x.goals_reached > 0)" + firstInPeriod("x.previous_practice_month",
                            " and ") + " then 1 else 0 end fp, x.goals_reached g", "");
            StringBuilder all = new StringBuilder("select k, sum(fa), sum(s), sum(fq), sum(q), sum(r), sum(fp), sum(g) from (")
                    .append(counted);
            return withRecentLearning(all);
        }

        /**
         * The learning days' measures from report_site_month (by competence, report_site_competence_month),
         * as {@link #fromLearnerMonths} gives them:
         * each prepared row's learners count when the row is their first in the period (by its previous
         * months; by month, every row is).
         */
        String fromSiteMonths() {
            Source source = new Source(sql -> "", "x.month_start", TimeKind.DAY, null);
            SiteMonths sums = monthSums();
            String key = switch (dimension) {
                case TOTAL -> "0";
                case ORGANISATION -> "x.organisation_id";
                case SITE -> "x.site_id";
                case CITY -> "o.city";
                case MONTH -> monthIndex(source);
                case DIGCOMP_COMPETENCE -> "x.competence";
                default -> throw new IllegalStateException("no prepared rows by " + dimension);
            };
            String first = firstInPeriod("x.previous_month", "");
            String answering = firstInPeriod("x.previous_answer_month", "");
            String practising = firstInPeriod("x.previous_practice_month", "");
            StringBuilder sql = new StringBuilder("select k, sum(fa), sum(s), sum(fq), sum(q), sum(r), sum(fp), sum(g) from (")
                    .append("select ").append(key).append(" k, ").append(times(first, "x.learners")).append(" fa, ")
                    .append("x.active_seconds s, ").append(times(answering, "x.answering")).append(" fq, x.first_answers q, ")
                    .append("x.first_answers_right r, ").append(times(practising, "x.practising"))
                    .append(" fp, x.goals_reached g from ").append(sums.table()).append(" x")
                    .append(dimension == Dimension.CITY ? " join organisation o on o.id = x.organisation_id" : "")
                    .append(" where x.month_start >= ").append(param(first(source))).append(" and x.month_start < ")
                    .append(param(after(source)));
            if (organisations != null && sums.perNetwork()) {
                sql.append(" and x.network_id = ").append(param(network()));
            } else if (organisations != null) {
                sql.append(" and x.organisation_id in (")
                        .append(organisations.stream().map(this::param).collect(Collectors.joining(", "))).append(")");
            }
            if (filter.siteId() != null) {
                sql.append(" and x.site_id = ").append(param(filter.siteId()));
            }
            return withRecentLearning(sql);
        }

        /**
         * The prepared progress rows of {@code table} whose month {@code time} is in the period, as
         * {@code k, columns}, within the organisations and the site; {@code more}: conditions.
         */
        String progress(String table, String time, Supplier<String> columns, String more) {
            Source source = new Source(sql -> "", time, TimeKind.DAY, null);
            String key = switch (dimension) {
                case TOTAL -> "0";
                case ORGANISATION -> "x.organisation_id";
                case SITE -> "x.site_id";
                case CITY -> "o.city";
                case MONTH -> monthIndex(source);
                case DIGCOMP_AREA -> "x.area";
                case DIGCOMP_COMPETENCE -> "x.competence";
                default -> throw new IllegalStateException("no prepared progress by " + dimension);
            };
            String from = byDigComp() ? ProgressCompetences.table(table) : table;
            ProgressScopes.Scope scope = progressScope();
            String scoped = scope == null ? null : ProgressScopes.table(from, scope);
            if (scoped == null && scope == ProgressScopes.Scope.ALL && !byDigComp()) { // no such sums over every organisation
                scoped = ProgressScopes.table(from, ProgressScopes.Scope.ORGANISATION);
            }
            StringBuilder sql = new StringBuilder("select ").append(key).append(" k, ").append(columns.get())
                    .append(" from ").append(scoped != null ? scoped : from).append(" x")
                    .append(dimension == Dimension.CITY ? " join organisation o on o.id = x.organisation_id" : "")
                    .append(" where ").append(time).append(" >= ").append(param(first(source))).append(" and ")
                    .append(time).append(" < ").append(param(after(source)));
            if (organisations != null && scoped != null && scope == ProgressScopes.Scope.NETWORK) {
                sql.append(" and x.network_id = ").append(param(network()));
            } else if (organisations != null) {
                sql.append(" and x.organisation_id in (")
                        .append(organisations.stream().map(this::param).collect(Collectors.joining(", "))).append(")");
            }
            if (filter.siteId() != null) {
                sql.append(" and x.site_id = ").append(param(filter.siteId()));
            }
            sql.append(more);
            if (byDigComp()) { // an area's rows are those without a competence
                sql.append(dimension == Dimension.DIGCOMP_AREA ? " and x.competence = ''" : " and x.competence <> ''");
            }
            if (recentProgress && !table.startsWith("report_learner") && !table.equals("report_progress")) {
                // the recent learners' rows as they were counted, taken out (today's count of them is added);
                // their condition last, as its parameters come last
                String learnerTable = table.equals("report_site_progress_month") ? "report_learner_progress_month"
                        : table.equals(RatingSpans.SITE_TABLE) ? RatingSpans.LEARNER_TABLE
                        : table.equals(ReturningMonths.SITE_TABLE) ? ReturningMonths.LEARNER_TABLE : "report_progress";
                String minutes = table.equals("report_site_progress_minutes") ? " and x.minutes is not null" : "";
                sql.append(" union all ").append(progress(learnerTable, time, () -> columns.get()
                        .replace("x.learners", "-1").replace("x.modules", "-1").replace("x.rated", "(0 - x.rated)")
                        .replace("x.confidence_before", "(0 - x.confidence_before)")
                        .replace("x.confidence_after", "(0 - x.confidence_after)").replace("x.gained", "(0 - x.gained)"),
                        more + minutes + " and x.organisation_id is not null")).append(recentLearners(this));
            }
            return sql.toString();
        }

        /** A prepared row's learners when the row is their first of its kind in the period (every row by month). */
        String firstLearners() {
            return times(firstInPeriod("x.previous_month", ""), "x.learners");
        }

        /** A prepared row's learners when it counts them ({@code counts}: 1 or a case giving 1 or 0). */
        private String times(String counts, String learners) {
            return "1".equals(counts) ? learners : counts.replace("then 1 else", "then " + learners + " else");
        }

        /**
         * Closes a query of the learning days' measures, as {@code k, fa, s, fq, q, r, fp, g}, with the
         * events not folded in yet: their learners count when those have no month in the row at all.
         */
        private String withRecentLearning(StringBuilder all) {
            if (newest > lastFolded) {
                all.append(" union all select k, case when ").append(monthsOf("")).append(" = 0 then 1 else 0 end, s, ")
                        .append("case when q > 0 and ").append(monthsOf(" and m.first_answers > 0"))
                        .append(" = 0 then 1 else 0 end, q, r, case when (p > 0 or g > 0) and ")
                        .append(monthsOf(" and (m.practice_steps > 0 or m.goals_reached > 0)"))
                        .append(" = 0 then 1 else 0 end, g from (select k, lid, sum(sec) s, sum(q) q, sum(r) r, sum(p) p, ")
                        .append("sum(g) g from (");
                recentOnly = true;
                all.append(select(Source.ACTIVITY, "x.learner_id lid, x.active_seconds sec, x.first_answers q, "
                        + "x.first_answers_right r, x.practice_steps p, x.goals_reached g", ""));
                recentOnly = false;
                all.append(") a group by k, lid) b");
            }
            return all.append(") u (k, fa, s, fq, q, r, fp, g) group by k").toString();
        }

        /**
         * Each learner active in each row once, as {@code k, lid, cs} (cs: where the row's time starts,
         * see {@link #cellStart}), from report_learner_month: by the row that is their first in the
         * period (every row by month); the events not folded in yet add their learners when those have
         * no month in the row.
         */
        String activeFromLearnerMonths() {
            StringBuilder all = new StringBuilder("select k, lid, cs from (").append(select(learnerMonthsSource(),
                    () -> firstInPeriod("x.previous_month", "") + " fa, x.learner_id lid, " + cellStart(learnerMonthsSource())
                            + " cs", "")).append(") m where fa = 1");
            if (newest > lastFolded) {
                all.append(" union all select k, lid, cs from (select distinct k, lid, cs from (");
                recentOnly = true;
                all.append(select(Source.ACTIVITY, () -> "x.learner_id lid, " + cellStart(Source.ACTIVITY) + " cs", ""));
                recentOnly = false;
                all.append(") a) b where ").append(monthsOf("")).append(" = 0");
            }
            return all.toString();
        }

        /** Whether a learner month is the learner's first in the period (of its kind): always so by month. */
        private String firstInPeriod(String previous, String and) {
            if (dimension == Dimension.MONTH) {
                return and.isEmpty() ? "1" : "";
            }
            String first = "(" + previous + " is null or " + previous + " < " + param(Date.valueOf(filter.period().from())) + ")";
            return and.isEmpty() ? "case when " + first + " then 1 else 0 end" : and + first;
        }

        /** How many months of the learner {@code b.lid} are in the row {@code b.k} (in the period, or that month). */
        private String monthsOf(String more) {
            Source source = new Source(sql -> "", "m.month_start", TimeKind.DAY, null);
            StringBuilder count = new StringBuilder("(select count(*) from ").append(learnerMonths().table())
                    .append(" m where m.learner_id = b.lid");
            if (dimension == Dimension.DIGCOMP_COMPETENCE) {
                count.append(" and m.competence = b.k");
            }
            count.append(" and m.month_start >= ").append(param(first(source))).append(" and m.month_start < ")
                    .append(param(after(source)));
            if (dimension == Dimension.MONTH) {
                count.append(" and ").append(monthIndex(source)).append(" = b.k");
            }
            return count.append(more).append(")").toString();
        }

        /** Where a row's time starts: its month's (within the period) for months, else the period's. */
        String cellStart(Source source) {
            if (dimension != Dimension.MONTH || months.size() == 1) {
                return "cast(" + param(timestamp(start())) + " as timestamp)";
            }
            StringBuilder start = new StringBuilder("case");
            for (int i = 1; i < months.size(); i++) {
                start.append(" when ").append(source.time()).append(" < ").append(param(monthStart(source, months.get(i))))
                        .append(" then cast(").append(param(timestamp(filter.period().start(months.get(i - 1), zone))))
                        .append(" as timestamp)");
            }
            return start.append(" else cast(")
                    .append(param(timestamp(filter.period().start(months.get(months.size() - 1), zone))))
                    .append(" as timestamp) end").toString();
        }

        /**
         * Runs a query whose first {@code groups} columns group it (the row key first) and whose others
         * are counts and sums; with {@link #withTotal}, adds the lines of the total, each column summed
         * over the rows.
         */
        List<Object[]> summed(int groups, String sql) {
            return withTotals(groups, run(sql));
        }

        /** The rows, and with {@link #withTotal} the lines of the total too (see {@link #summed}). */
        List<Object[]> withTotals(int groups, List<Object[]> rows) {
            if (!withTotal || rows.isEmpty()) {
                return rows;
            }
            Map<List<Object>, Object[]> totals = new java.util.LinkedHashMap<>();
            for (Object[] row : rows) {
                List<Object> group = java.util.Arrays.asList(row).subList(1, groups);
                Object[] total = totals.computeIfAbsent(group, g -> {
                    Object[] line = new Object[row.length];
                    line[0] = TOTAL_ROW;
                    for (int i = 1; i < row.length; i++) {
                        line[i] = i < groups ? row[i] : 0L;
                    }
                    return line;
                });
                for (int i = groups; i < row.length; i++) {
                    total[i] = (Long) total[i] + number(row[i]);
                }
            }
            List<Object[]> all = new ArrayList<>(rows);
            all.addAll(totals.values());
            return all;
        }

        @SuppressWarnings("unchecked")
        List<Object[]> run(String sql) {
            StringBuilder numbered = new StringBuilder();
            int n = 0;
            for (char c : sql.toCharArray()) {
                if (c == '?') {
                    numbered.append('?').append(++n);
                } else {
                    numbered.append(c);
                }
            }
            var query = em.createNativeQuery(numbered.toString());
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            long start = System.nanoTime();
            List<Object[]> rows = query.getResultList();
            LOG.fine(() -> String.format(java.util.Locale.ROOT, "%6d ms %-18s %s", (System.nanoTime() - start) / 1_000_000,
                    dimension, sql.length() > 400 ? sql.substring(0, 400) + "..." : sql));
            return rows;
        }
    }
}

package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Prepared rows for the dashboards' sessions, attendance and registrations (V15), kept by
 * {@link ReportRollup} in its turn: report_attendance_month (per counted learner, organisation where
 * the sessions were held, and month, with their previous months), summed per organisation, network and
 * everything and month in report_attendance_summary, and report_registration_month (counted
 * learners per organisation, home site and month of registration). Whatever changes them writes the
 * learner into report_change in its own transaction (shared.persistence.ReportChanges); the rollup's turn takes
 * those learners' rows out and puts them in again from the sessions, attendance and learners, so that
 * doing it twice gives the same rows. Until the tables are built (after the migration: by the background
 * turn, {@link ReportBuilds}; the data generator builds them at its end) no report reads them.
 *
 * <p>A dashboard's figures (no module, site or target group chosen, whole months) are read from
 * them: sessions held from their counts per organisation and month ({@link SessionsHeld}), attendance and its distinct
 * learners from the attendance months, the new learners from the registration months. Everything else
 * keeps the queries on the sessions, attendance and learners.
 */
final class SessionMonths {

    /** The time zone of the registration months: the reports' own (see ReportService.zone). */
    static final ZoneId ZONE = ZoneId.systemDefault();

    /** At most this many learners are taken out and put in again in one statement. */
    private static final int CHUNK = 500;

    static final String HELD = "s.status in ('OPEN', 'CLOSED')";

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SessionMonths.class.getName());

    /** The time of each query, with the reports' (-Dqueries=true in the report benchmark). */
    private static final java.util.logging.Logger QUERIES = java.util.logging.Logger.getLogger(ReportQueries.class.getName());

    private SessionMonths() {
    }

    /** Whether the tables are built and follow the changes. */
    static boolean built(EntityManager em) {
        Object built = em.createNativeQuery("select session_months_built from report_rollup where id = 1").getSingleResult();
        return built != null && (built instanceof Boolean b ? b : ((Number) built).intValue() != 0);
    }

    /** Has the tables built again at the rollup's next turn, and read by no report till then. */
    static void outdate(EntityManager em) {
        em.createNativeQuery("update report_rollup set session_months_built = null where id = 1").executeUpdate();
    }

    /**
     * The rollup's turn (its row locked): builds the tables when they are not, else puts in again the rows
     * of the learners noted since. Only the notes read here are deleted: one committed meanwhile stays
     * for the next turn.
     */
    static void follow(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> notes = em.createNativeQuery("select id, learner_id from report_change").getResultList();
        SessionsHeld.follow(em, built(em));
        if (!built(em)) {
            rebuild(em);
        } else if (!notes.isEmpty()) {
            List<Long> learners = List.copyOf(notes.stream().map(n -> ((Number) n[1]).longValue())
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            for (List<Long> chunk : chunks(learners)) {
                again(em, chunk);
            }
        }
        for (List<Long> chunk : chunks(notes.stream().map(n -> ((Number) n[0]).longValue()).toList())) {
            update(em, "delete from report_change where id in (" + marks(chunk.size()) + ")", chunk.toArray());
        }
    }

    /** Builds both tables from all the sessions, attendance and learners. */
    static void rebuild(EntityManager em) {
        long start = System.nanoTime();
        em.createNativeQuery("delete from report_attendance_month").executeUpdate();
        em.createNativeQuery("delete from report_registration_month").executeUpdate();
        SessionsHeld.rebuild(em);
        insertAttendance(em, "", List.of());
        // before the previous months are looked up row by row: planned for an empty table, each lookup read
        // the network's rows instead of the learner's (183 s for the 32,401 rows of `medium`)
        LearnerMonths.analyse(em, "report_attendance_month");
        link(em, "", List.of());
        em.createNativeQuery("delete from report_attendance_summary").executeUpdate();
        for (Scope scope : Scope.values()) {
            update(em, scope.summary(""));
        }
        Object[] range = (Object[]) em.createNativeQuery("select min(created_at), max(created_at) from learner")
                .getSingleResult();
        if (range[0] != null) {
            YearMonth first = YearMonth.from(((Timestamp) range[0]).toInstant().atZone(ZONE));
            YearMonth last = YearMonth.from(((Timestamp) range[1]).toInstant().atZone(ZONE));
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                insertRegistrations(em, month, null);
            }
        }
        em.createNativeQuery("update report_rollup set session_months_built = true where id = 1").executeUpdate();
        LearnerMonths.analyse(em, "report_attendance_month");
        LearnerMonths.analyse(em, "report_registration_month");
        LearnerMonths.analyse(em, "report_attendance_summary");
        LOG.info(() -> "Built the prepared attendance and registration months in " + (System.nanoTime() - start) / 1_000_000
                + " ms");
    }

    /** Takes these learners' rows out and puts them in again: their attendance, and their organisation's registrations. */
    private static void again(EntityManager em, List<Long> learners) {
        String in = " in (" + marks(learners.size()) + ")";
        String touched = "select distinct organisation_id, network_id, month_start from report_attendance_month where learner_id"
                + in;
        Set<List<Object>> months = new LinkedHashSet<>();
        list(em, touched, learners.toArray()).forEach(r -> months.add(Arrays.asList(r)));
        update(em, "delete from report_attendance_month where learner_id" + in, learners.toArray());
        insertAttendance(em, " and a.learner_id" + in, learners);
        link(em, " where learner_id" + in, learners);
        list(em, touched, learners.toArray()).forEach(r -> months.add(Arrays.asList(r)));
        summariseAgain(em, months);
        List<Object[]> registered = list(em, "select organisation_id, created_at from learner where id" + in,
                learners.toArray());
        Set<List<Object>> registeredMonths = new LinkedHashSet<>();
        for (Object[] r : registered) {
            registeredMonths.add(List.of(((Number) r[0]).longValue(),
                    YearMonth.from(((Timestamp) r[1]).toInstant().atZone(ZONE))));
        }
        for (List<Object> month : registeredMonths) {
            YearMonth m = (YearMonth) month.get(1);
            update(em, "delete from report_registration_month where organisation_id = ? and month_start = ?",
                    month.get(0), Date.valueOf(m.atDay(1)));
            insertRegistrations(em, m, (Long) month.get(0));
        }
    }

    /**
     * The scopes report_attendance_summary sums the attendance months by: an organisation, a network,
     * everything; each with the column of its id, the mark of a learner's one row a month in it, and
     * their previous month in it.
     */
    enum Scope {
        ORGANISATION("O", "organisation_id", "1", "previous_month"),
        NETWORK("N", "network_id", "first_in_network", "previous_network_month"),
        ALL("A", "0", "first_anywhere", "previous_any_month");

        final String code;
        final String id;
        final String first;
        final String previous;

        Scope(String code, String id, String first, String previous) {
            this.code = code;
            this.id = id;
            this.first = first;
            this.previous = previous;
        }

        /**
         * Sums the attendance months into the summary's rows of this scope; {@code where}: which months, or all.
         * The first_* marks are summed as integers: Derby sums a SMALLINT as one, which overflowed past
         * 32,767 learners in a month (everything's, at a million learners).
         */
        String summary(String where) {
            return "insert into report_attendance_summary (scope, scope_id, month_start, previous_month, learners, attendances) "
                    + "select '" + code + "', k, m, p, sum(f), sum(a) from (select " + id + " k, month_start m, case when "
                    + first + " = 1 then " + previous + " else null end p, cast(" + first + " as integer) f, attendances a "
                    + "from report_attendance_month" + where + ") x group by k, m, p";
        }
    }

    /** The summary's rows of these organisations' (with their networks') months, from the attendance months again. */
    private static void summariseAgain(EntityManager em, Set<List<Object>> months) {
        Map<Scope, Set<List<Object>>> scoped = new HashMap<>();
        for (List<Object> month : months) {
            scoped.computeIfAbsent(Scope.ORGANISATION, s -> new LinkedHashSet<>()).add(List.of(month.get(0), month.get(2)));
            scoped.computeIfAbsent(Scope.NETWORK, s -> new LinkedHashSet<>()).add(List.of(month.get(1), month.get(2)));
            scoped.computeIfAbsent(Scope.ALL, s -> new LinkedHashSet<>()).add(List.of(0L, month.get(2)));
        }
        scoped.forEach((scope, keys) -> {
            for (List<Object> key : keys) {
                update(em, "delete from report_attendance_summary where scope = ? and scope_id = ? and month_start = ?",
                        scope.code, ((Number) key.get(0)).longValue(), key.get(1));
                update(em, scope.summary(" where " + (scope == Scope.ALL ? "0 = ?" : scope.id + " = ?")
                        + " and month_start = ?"), ((Number) key.get(0)).longValue(), key.get(1));
            }
        });
    }

    /** The counted learners registered in the month, per organisation and home site (of one organisation, or all). */
    private static void insertRegistrations(EntityManager em, YearMonth month, Long organisation) {
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(month.atDay(1)), instant(month.atDay(1)),
                instant(month.plusMonths(1).atDay(1))));
        if (organisation != null) {
            parameters.add(organisation);
        }
        update(em, "insert into report_registration_month (organisation_id, site_id, month_start, learners) "
                + "select organisation_id, site_id, cast(? as date), count(*) from learner l where created_at >= ? "
                + "and created_at < ? and " + ReportQueries.Learners.COUNTED
                + (organisation == null ? "" : " and organisation_id = ?") + " group by organisation_id, site_id",
                parameters.toArray());
    }

    /**
     * Per counted learner, organisation and month (on the site's clock), the sessions held that they were
     * present at; {@code learners}: a condition on {@code a.learner_id} with its parameters, or none.
     */
    private static void insertAttendance(EntityManager em, String learners, List<Long> parameters) {
        String present = " from session_attendance a join learning_session s on s.id = a.session_id join learner l on "
                + "l.id = a.learner_id where a.status = 'PRESENT' and " + HELD + " and " + ReportQueries.Learners.COUNTED
                + learners;
        Object[] range = list(em, "select min(s.starts_at), max(s.starts_at)" + present, parameters.toArray()).get(0);
        if (range[0] == null) {
            return;
        }
        List<Object> all = new ArrayList<>();
        String month = monthOf("s.starts_at", YearMonth.from(((Timestamp) range[0]).toLocalDateTime()),
                YearMonth.from(((Timestamp) range[1]).toLocalDateTime()), all);
        all.addAll(parameters);
        update(em, "insert into report_attendance_month (learner_id, organisation_id, month_start, network_id, attendances) "
                + "select lid, oid, m, nid, count(*) from (select a.learner_id lid, s.organisation_id oid, o.network_id nid, "
                + month + " m" + present.replace(" where ", " join organisation o on o.id = s.organisation_id where ")
                + ") x group by lid, oid, m, nid", all.toArray());
    }

    /**
     * The first day of the month of a time column (on its own clock), for times from the month {@code first}
     * to {@code last}: an expression whose parameters are added to {@code parameters}.
     */
    static String monthOf(String column, YearMonth first, YearMonth last, List<Object> parameters) {
        StringBuilder month = new StringBuilder(first.equals(last) ? "" : "case");
        for (YearMonth m = first; m.isBefore(last); m = m.plusMonths(1)) {
            month.append(" when ").append(column).append(" < ? then cast(? as date)");
            parameters.add(Timestamp.valueOf(m.plusMonths(1).atDay(1).atStartOfDay()));
            parameters.add(Date.valueOf(m.atDay(1)));
        }
        month.append(first.equals(last) ? "cast(? as date)" : " else cast(? as date) end");
        parameters.add(Date.valueOf(last.atDay(1)));
        return month.toString();
    }

    /** Each row's previous months and first_* marks, from the learner's other rows. */
    private static void link(EntityManager em, String where, List<Long> parameters) {
        String t = "report_attendance_month";
        String same = " from " + t + " p where p.learner_id = " + t + ".learner_id";
        String before = " and p.month_start < " + t + ".month_start)";
        String sameMonth = " and p.month_start = " + t + ".month_start)";
        String network = " and p.network_id = " + t + ".network_id";
        update(em, "update " + t + " set previous_month = (select max(p.month_start)" + same + " and p.organisation_id = "
                + t + ".organisation_id" + before + ", previous_network_month = (select max(p.month_start)" + same + network
                + before + ", previous_any_month = (select max(p.month_start)" + same + before
                + ", first_in_network = case when organisation_id = (select min(p.organisation_id)" + same + network + sameMonth
                + " then 1 else 0 end, first_anywhere = case when organisation_id = (select min(p.organisation_id)" + same
                + sameMonth + " then 1 else 0 end" + where, parameters.toArray());
    }

    /**
     * Sessions held, the learners present and their attendance, per row of a dashboard's table (by total
     * or by month: the row's key as ReportQueries reads it), or null when the prepared rows do not
     * answer this report exactly.
     */
    static List<Object[]> sessions(EntityManager em, List<Long> organisations, ReportFilter filter, Dimension dimension) {
        if (dimension != Dimension.TOTAL && dimension != Dimension.MONTH || filter.siteId() != null
                || filter.moduleId() != null || filter.targetGroup() != null || !fresh(em, filter)) {
            return null;
        }
        Period period = filter.period();
        LocalDate monthEnd = YearMonth.from(period.to()).atEndOfMonth();
        if (!period.to().equals(monthEnd) && count(em, "select count(*) from learning_session s where s.starts_at >= ? "
                + "and s.starts_at < ? and " + HELD, Timestamp.valueOf(period.to().plusDays(1).atStartOfDay()),
                Timestamp.valueOf(monthEnd.plusDays(1).atStartOfDay())) > 0) {
            return null;
        }
        Scope scope;
        long scopeId;
        Date from = Date.valueOf(period.from());
        if (organisations == null) {
            scope = Scope.ALL;
            scopeId = 0;
        } else if (organisations.size() == 1) {
            scope = Scope.ORGANISATION;
            scopeId = organisations.get(0);
        } else {
            Long network = wholeNetwork(em, organisations);
            if (network == null) {
                return null;
            }
            scope = Scope.NETWORK;
            scopeId = network;
        }
        List<YearMonth> months = period.months();
        boolean byMonth = dimension == Dimension.MONTH;
        Map<Integer, long[]> rows = new HashMap<>();
        // sessions held: counted where they were held, whoever came
        SessionsHeld.add(em, organisations, months, byMonth, rows);
        // attendance: a learner counts once, in the row that is their first of the period (by month, every row)
        List<Object> present = new ArrayList<>();
        String learners = byMonth ? "learners" : "case when previous_month is null or previous_month < ? then learners else 0 end";
        if (!byMonth) {
            present.add(from);
        }
        present.addAll(List.of(scope.code, scopeId, from, Date.valueOf(YearMonth.from(period.to()).atDay(1))));
        for (Object[] r : list(em, "select month_start, sum(" + learners + "), sum(attendances) from report_attendance_summary "
                + "where scope = ? and scope_id = ? and month_start >= ? and month_start <= ? group by month_start",
                present.toArray())) {
            int index = byMonth ? months.indexOf(YearMonth.from(((Date) r[0]).toLocalDate())) : 0;
            long[] row = rows.computeIfAbsent(index, k -> new long[3]);
            row[1] += ((Number) r[1]).longValue();
            row[2] += ((Number) r[2]).longValue();
        }
        List<Object[]> result = new ArrayList<>();
        rows.forEach((k, v) -> result.add(new Object[] {k, v[0], v[1], v[2]}));
        return result;
    }

    /**
     * New learners per row (by total, organisation, site or month: the key as ReportQueries reads it), or
     * null when the prepared rows do not answer this report exactly.
     */
    static List<Object[]> registrations(EntityManager em, List<Long> organisations, ReportFilter filter, Dimension dimension,
            ZoneId zone) {
        if (dimension != Dimension.TOTAL && dimension != Dimension.MONTH && dimension != Dimension.ORGANISATION
                && dimension != Dimension.SITE || filter.targetGroup() != null || filter.moduleId() != null
                || !zone.equals(ZONE) || !fresh(em, filter)) {
            return null;
        }
        Period period = filter.period();
        // no one is registered after now: a period ending today is whole months too
        if (!period.to().equals(YearMonth.from(period.to()).atEndOfMonth()) && !period.end(zone).isAfter(Instant.now())) {
            return null;
        }
        List<YearMonth> months = period.months();
        String key = switch (dimension) {
            case ORGANISATION -> "organisation_id";
            case SITE -> "site_id";
            default -> "month_start";
        };
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(period.from()),
                Date.valueOf(YearMonth.from(period.to()).atDay(1))));
        StringBuilder sql = new StringBuilder("select ").append(key).append(", sum(learners) from report_registration_month "
                + "where month_start >= ? and month_start <= ?");
        if (organisations != null) {
            sql.append(" and organisation_id in (").append(marks(organisations.size())).append(")");
            parameters.addAll(organisations);
        }
        if (filter.siteId() != null) {
            sql.append(" and site_id = ?");
            parameters.add(filter.siteId());
        }
        Map<Object, Long> rows = new HashMap<>();
        for (Object[] r : list(em, sql.append(" group by ").append(key).toString(), parameters.toArray())) {
            Object k = switch (dimension) {
                case TOTAL -> 0;
                case MONTH -> months.indexOf(YearMonth.from(((Date) r[0]).toLocalDate()));
                default -> r[0];
            };
            rows.merge(k == null ? "" : k, ((Number) r[1]).longValue(), Long::sum);
        }
        List<Object[]> result = new ArrayList<>();
        rows.forEach((k, v) -> {
            if (v > 0) {
                result.add(new Object[] {k, v});
            }
        });
        return result;
    }

    /**
     * Whether the tables are built and the period starts on a month's first day. They hold what was
     * committed up to the rollup's turn at the start of the report: a change noted while the report runs
     * is in the next one (as the learning events that are not settled yet are read from the events, a
     * change waiting in report_change could be read from the sessions, but on a busy day some always
     * would be, and the dashboard would be slow when most used).
     */
    private static boolean fresh(EntityManager em, ReportFilter filter) {
        return filter.period().from().getDayOfMonth() == 1 && built(em);
    }

    /** The network whose organisations these are, all of them; null if they are not. */
    static Long wholeNetwork(EntityManager em, List<Long> organisations) {
        Set<Long> distinct = Set.copyOf(organisations);
        List<Object[]> networks = list(em, "select min(network_id), max(network_id), count(*) from organisation where id in ("
                + marks(distinct.size()) + ")", distinct.toArray());
        Object[] n = networks.get(0);
        if (n[0] == null || !n[0].equals(n[1]) || ((Number) n[2]).intValue() != distinct.size()) {
            return null;
        }
        long network = ((Number) n[0]).longValue();
        return count(em, "select count(*) from organisation where network_id = ?", network) == distinct.size() ? network : null;
    }

    private static Timestamp instant(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ZONE).toInstant());
    }

    private static long count(EntityManager em, String sql, Object... parameters) {
        return ((Number) bind(em.createNativeQuery(numbered(sql)), parameters).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> list(EntityManager em, String sql, Object... parameters) {
        long start = System.nanoTime();
        List<Object[]> rows = bind(em.createNativeQuery(numbered(sql)), parameters).getResultList();
        QUERIES.fine(() -> String.format(java.util.Locale.ROOT, "%6d ms %-18s %s", (System.nanoTime() - start) / 1_000_000,
                "prepared", sql.length() > 400 ? sql.substring(0, 400) + "..." : sql));
        return rows;
    }

    static void update(EntityManager em, String sql, Object... parameters) {
        bind(em.createNativeQuery(numbered(sql)), parameters).executeUpdate();
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, Object[] parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /** {@code ?} numbered {@code ?1, ?2...} in order, as the other native queries of the reports are. */
    private static String numbered(String sql) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            numbered.append(c);
            if (c == '?') {
                numbered.append(++n);
            }
        }
        return numbered.toString();
    }

    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }

    static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}

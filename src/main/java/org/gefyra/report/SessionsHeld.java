package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sessions held per organisation and month (V21: report_session_month), what a dashboard's sessions
 * held are read from when the attendance months answer it (see {@link SessionMonths#sessions}): kept by
 * the rollup's turn with them. A session opened, closed, cancelled or moved notes its organisation and
 * start (before and after a move) in report_session_change (shared.persistence.ReportChanges); the turn
 * counts those organisations' months again from the sessions, so that doing it twice gives the same rows.
 */
final class SessionsHeld {

    private SessionsHeld() {
    }

    /** Counts every organisation's months again from all the sessions. */
    static void rebuild(EntityManager em) {
        SessionMonths.update(em, "delete from report_session_month");
        String held = " from learning_session s where " + SessionMonths.HELD;
        Object[] range = SessionMonths.list(em, "select min(s.starts_at), max(s.starts_at)" + held).get(0);
        if (range[0] == null) {
            return;
        }
        List<Object> parameters = new ArrayList<>();
        String month = SessionMonths.monthOf("s.starts_at", YearMonth.from(((Timestamp) range[0]).toLocalDateTime()),
                YearMonth.from(((Timestamp) range[1]).toLocalDateTime()), parameters);
        SessionMonths.update(em, "insert into report_session_month (organisation_id, month_start, sessions) "
                + "select oid, m, count(*) from (select s.organisation_id oid, " + month + " m" + held + ") x group by oid, m",
                parameters.toArray());
        LearnerMonths.analyse(em, "report_session_month");
    }

    /**
     * The rollup's turn: the months noted since are counted again ({@code recount}; not when everything was
     * built again just now). Only the notes read here are deleted: one committed meanwhile stays for the next turn.
     */
    static void follow(EntityManager em, boolean recount) {
        List<Object[]> notes = SessionMonths.list(em, "select id, organisation_id, starts_at from report_session_change");
        if (notes.isEmpty()) {
            return;
        }
        if (recount) {
            Set<List<Object>> months = new LinkedHashSet<>();
            for (Object[] note : notes) {
                months.add(List.of(((Number) note[1]).longValue(), YearMonth.from(((Timestamp) note[2]).toLocalDateTime())));
            }
            for (List<Object> organisationMonth : months) {
                count(em, (Long) organisationMonth.get(0), (YearMonth) organisationMonth.get(1));
            }
        }
        for (List<Long> chunk : SessionMonths.chunks(notes.stream().map(n -> ((Number) n[0]).longValue()).toList())) {
            SessionMonths.update(em, "delete from report_session_change where id in (" + SessionMonths.marks(chunk.size())
                    + ")", chunk.toArray());
        }
    }

    private static void count(EntityManager em, long organisation, YearMonth month) {
        Date start = Date.valueOf(month.atDay(1));
        SessionMonths.update(em, "delete from report_session_month where organisation_id = ? and month_start = ?",
                organisation, start);
        SessionMonths.update(em, "insert into report_session_month (organisation_id, month_start, sessions) "
                + "select s.organisation_id, cast(? as date), count(*) from learning_session s where s.organisation_id = ? "
                + "and s.starts_at >= ? and s.starts_at < ? and " + SessionMonths.HELD + " group by s.organisation_id",
                start, organisation, Timestamp.valueOf(month.atDay(1).atStartOfDay()),
                Timestamp.valueOf(month.plusMonths(1).atDay(1).atStartOfDay()));
    }

    /**
     * Adds the sessions held of these organisations (null: all) in the months from {@code first} to
     * {@code last} to the rows: under the month's index in {@code months} when {@code byMonth}, else under 0.
     */
    static void add(EntityManager em, List<Long> organisations, List<YearMonth> months, boolean byMonth,
            Map<Integer, long[]> rows) {
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(months.get(0).atDay(1)),
                Date.valueOf(months.get(months.size() - 1).atDay(1))));
        String organisationsIn = "";
        if (organisations != null) {
            organisationsIn = " and organisation_id in (" + SessionMonths.marks(organisations.size()) + ")";
            parameters.addAll(organisations);
        }
        for (Object[] r : SessionMonths.list(em, "select month_start, sum(sessions) from report_session_month "
                + "where month_start >= ? and month_start <= ?" + organisationsIn + " group by month_start",
                parameters.toArray())) {
            int key = byMonth ? months.indexOf(YearMonth.from(((Date) r[0]).toLocalDate())) : 0;
            rows.computeIfAbsent(key, k -> new long[3])[0] += ((Number) r[1]).longValue();
        }
    }
}

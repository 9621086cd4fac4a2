package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * report_learner_month: the learning days summed per learner and month, with each learner's previous
 * months, kept in step with report_learning_day by {@link ReportRollup} (in its transaction, its row
 * locked). A batch of events rebuilds, from the learning days, the months it touched of the learners
 * it touched, then those learners' previous months: rebuilding the same months again gives the same
 * rows, so it is safe to repeat. When the table is behind (made by the migration after the events,
 * or the learning days written by the data generator), it is built again from all the learning days.
 */
final class LearnerMonths {

    /** The learners of the batch, as a subquery with parameters ?1 (after) and ?2 (up to). */
    private static final String BATCH_LEARNERS = "select e.learner_id from learning_event e where e.id > ?1 and e.id <= ?2 "
            + "and e.learner_id is not null";

    private LearnerMonths() {
    }

    /** The last event whose learning is in the table, or null when it was never built. */
    static Long builtUpTo(EntityManager em) {
        Object built = em.createNativeQuery("select months_event_id from report_rollup where id = 1").getSingleResult();
        return built == null ? null : ((Number) built).longValue();
    }

    /**
     * Brings the table to the learning days after the events {@code last} + 1 to {@code upTo} were
     * folded into them: only those events' learners and months when the table was at {@code last},
     * else everything.
     */
    static void follow(EntityManager em, long last, long upTo) {
        Long built = builtUpTo(em);
        if (built == null || built != last) {
            rebuild(em);
        } else if (upTo > last) {
            Object[] range = (Object[]) em.createNativeQuery("select min(e.occurred_at), max(e.occurred_at) from "
                    + "learning_event e where e.id > ?1 and e.id <= ?2 and e.learner_id is not null")
                    .setParameter(1, last).setParameter(2, upTo).getSingleResult();
            if (range[0] != null) {
                YearMonth first = YearMonth.from(((java.sql.Timestamp) range[0]).toLocalDateTime());
                YearMonth lastMonth = YearMonth.from(((java.sql.Timestamp) range[1]).toLocalDateTime());
                for (YearMonth month = first; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
                    em.createNativeQuery("delete from report_learner_month where month_start = ?3 and learner_id in ("
                            + BATCH_LEARNERS + ")").setParameter(1, last).setParameter(2, upTo)
                            .setParameter(3, Date.valueOf(month.atDay(1))).executeUpdate();
                    insertMonth(em, month, " and learner_id in (" + BATCH_LEARNERS + ")", last, upTo);
                }
                linkPreviousMonths(em, " where learner_id in (" + BATCH_LEARNERS + ")", last, upTo);
            }
        }
        em.createNativeQuery("update report_rollup set months_event_id = ?1 where id = 1").setParameter(1, upTo)
                .executeUpdate();
    }

    /** Builds the whole table again from the learning days. */
    static void rebuild(EntityManager em) {
        em.createNativeQuery("delete from report_learner_month").executeUpdate();
        Object[] range = (Object[]) em.createNativeQuery("select min(day), max(day) from report_learning_day")
                .getSingleResult();
        if (range[0] == null) {
            return;
        }
        YearMonth first = YearMonth.from(((Date) range[0]).toLocalDate());
        YearMonth last = YearMonth.from(((Date) range[1]).toLocalDate());
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            insertMonth(em, month, "", null, null);
        }
        linkPreviousMonths(em, "", null, null);
    }

    private static void insertMonth(EntityManager em, YearMonth month, String learners, Long after, Long upTo) {
        LocalDate start = month.atDay(1);
        var insert = em.createNativeQuery("insert into report_learner_month (learner_id, month_start, active_seconds, "
                + "first_answers, first_answers_right, practice_steps, goals_reached) select learner_id, ?3, "
                + "sum(active_seconds), sum(first_answers), sum(first_answers_right), sum(practice_steps), "
                + "sum(goals_reached) from report_learning_day where day >= ?3 and day < ?4" + learners
                + " group by learner_id")
                .setParameter(3, Date.valueOf(start)).setParameter(4, Date.valueOf(start.plusMonths(1)));
        if (after != null) {
            insert.setParameter(1, after).setParameter(2, upTo);
        }
        insert.executeUpdate();
    }

    private static void linkPreviousMonths(EntityManager em, String learners, Long after, Long upTo) {
        String previous = "(select max(p.month_start) from report_learner_month p where p.learner_id = "
                + "report_learner_month.learner_id and p.month_start < report_learner_month.month_start";
        var update = em.createNativeQuery("update report_learner_month set previous_month = " + previous + "), "
                + "previous_answer_month = " + previous + " and p.first_answers > 0), "
                + "previous_practice_month = " + previous + " and (p.practice_steps > 0 or p.goals_reached > 0))" + learners);
        if (after != null) {
            update.setParameter(1, after).setParameter(2, upTo);
        }
        update.executeUpdate();
    }
}

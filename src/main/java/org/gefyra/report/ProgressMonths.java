package org.gefyra.report;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * report_progress_month: the learners' module progress summed per learner, DigComp competence ('' for
 * all their modules) and the months each module was started, finished and its certificate issued, so
 * that the dashboards count modules started, finished and certificates from a narrow row per learner
 * and month instead of every progress row joined to the modules' competences. Kept by
 * {@link ReportRollup} in its turn (its row locked): the learners of the events of the batch, and
 * those whose certificate was issued since the last turn (a certificate leaves no learning event), are
 * summed again from module_progress as it is now; every other change of progress comes with a learning
 * event. Summing the same learners again gives the same rows, so it is safe to repeat. Until those
 * learners are folded in, the reports read them from module_progress itself ({@link #changedLearners}).
 * When the table is behind (made by the migration, the data generator's network, the modules'
 * competences changed), it is built again from all the progress.
 */
final class ProgressMonths {

    static final String TABLE = "report_progress_month";

    private ProgressMonths() {
    }

    /** The last event whose learners' progress is in the table, or null when it was never built (or must be again). */
    static Long builtUpTo(EntityManager em) {
        Object built = em.createNativeQuery("select progress_months_event_id from report_rollup where id = 1")
                .getSingleResult();
        return built == null ? null : ((Number) built).longValue();
    }

    /** From when certificates issued are not in the table yet (their learners are read from module_progress). */
    static Timestamp certificatesFrom(EntityManager em) {
        return (Timestamp) em.createNativeQuery("select progress_certificates_from from report_rollup where id = 1")
                .getSingleResult();
    }

    /** Has the table built again at the next turn of the rollup, and read by no report till then. */
    static void outdate(EntityManager em) {
        em.createNativeQuery("update report_rollup set progress_months_event_id = null where id = 1").executeUpdate();
    }

    /**
     * The learners whose progress may have changed since the table was last brought along: those of the
     * events after {@code lastFolded} up to {@code newest}, and those with a certificate issued from
     * {@code certificatesFrom}; a subquery whose parameters {@code param} adds in order.
     */
    static String changedLearners(long lastFolded, long newest, Timestamp certificatesFrom,
            java.util.function.Function<Object, String> param) {
        // the parameters in the order of the text
        String events = newest <= lastFolded ? "" : "select e.learner_id from learning_event e where e.id > "
                + param.apply(lastFolded) + " and e.id <= " + param.apply(newest) + " and e.learner_id is not null union ";
        return events + "select c.learner_id from module_progress c where c.certificate_at >= "
                + param.apply(certificatesFrom) + " and c.learner_id is not null";
    }

    /**
     * Brings the table along after the events {@code last} + 1 to {@code upTo} were folded in, with the
     * certificates issued before {@code settled} (older than the rollup's settling time): only those
     * learners when the table was at {@code last}, else everything.
     */
    static void follow(EntityManager em, long last, long upTo, Timestamp settled) {
        Long built = builtUpTo(em);
        if (built == null || built != last) {
            rebuild(em);
        } else if (upTo > last || certificatesIssued(em, certificatesFrom(em), settled)) {
            Timestamp from = certificatesFrom(em);
            String learners = " in (select e.learner_id from learning_event e where e.id > ?1 and e.id <= ?2 "
                    + "and e.learner_id is not null union select c.learner_id from module_progress c where "
                    + "c.certificate_at >= ?3 and c.certificate_at < ?4 and c.learner_id is not null)";
            em.createNativeQuery("delete from " + TABLE + " where learner_id" + learners).setParameter(1, last)
                    .setParameter(2, upTo).setParameter(3, from).setParameter(4, settled).executeUpdate();
            insert(em, " and x.learner_id" + learners, List.of(last, upTo, from, settled));
        }
        em.createNativeQuery("update report_rollup set progress_months_event_id = ?1, progress_certificates_from = ?2 "
                + "where id = 1").setParameter(1, upTo).setParameter(2, settled).executeUpdate();
    }

    /** Whether certificates were issued from {@code from} to before {@code settled}, read off their index. */
    private static boolean certificatesIssued(EntityManager em, Timestamp from, Timestamp settled) {
        return !em.createNativeQuery("select 1 from module_progress where certificate_at >= ?1 and certificate_at < ?2")
                .setParameter(1, from).setParameter(2, settled).setMaxResults(1).getResultList().isEmpty();
    }

    /** Builds the whole table again from module_progress. */
    static void rebuild(EntityManager em) {
        em.createNativeQuery("delete from " + TABLE).executeUpdate();
        insert(em, "", List.of());
    }

    /** Sums the progress of the learners the condition keeps (all when it is ""), with its parameters. */
    private static void insert(EntityManager em, String learners, List<Object> parameters) {
        Object[] range = (Object[]) em.createNativeQuery("select (select min(started_at) from module_progress), "
                + "(select max(started_at) from module_progress), (select max(completed_at) from module_progress), "
                + "(select max(certificate_at) from module_progress) from report_rollup where id = 1").getSingleResult();
        if (range[0] == null) {
            return;
        }
        YearMonth first = month(range[0]);
        YearMonth last = first;
        for (int i = 1; i < range.length; i++) {
            if (range[i] != null && month(range[i]).isAfter(last)) {
                last = month(range[i]);
            }
        }
        String done = "x.completed_at is not null";
        String rated = done + " and x.confidence_before is not null and x.confidence_after is not null";
        for (boolean byCompetence : new boolean[] {false, true}) {
            var insert = em.createNativeQuery("insert into " + TABLE + " (learner_id, competence, started_month, "
                    + "completed_month, certificate_month, modules, timed, rated, confidence_before, confidence_after) "
                    + "select lid, c, sm, cm, xm, count(*), sum(t), sum(r), sum(b), sum(a) from (select x.learner_id lid, "
                    + (byCompetence ? "mc.competence" : "cast('' as varchar(8))") + " c, "
                    + monthOf("x.started_at", first, last) + " sm, " + monthOf("x.completed_at", first, last) + " cm, "
                    + monthOf("x.certificate_at", first, last) + " xm, "
                    + "case when " + done + " and x.seconds_to_complete is not null then 1 else 0 end t, "
                    + "case when " + rated + " then 1 else 0 end r, "
                    + "case when " + rated + " then cast(x.confidence_before as integer) else 0 end b, "
                    + "case when " + rated + " then cast(x.confidence_after as integer) else 0 end a "
                    + "from module_progress x"
                    + (byCompetence ? " join report_module_competence mc on mc.module_id = x.module_id" : "")
                    + " where x.learner_id is not null" + learners + ") p group by lid, c, sm, cm, xm");
            for (int i = 0; i < parameters.size(); i++) {
                insert.setParameter(i + 1, parameters.get(i));
            }
            insert.executeUpdate();
        }
    }

    /** The first day of the month of a time, for times from {@code first} to {@code last}; null stays null. */
    private static String monthOf(String time, YearMonth first, YearMonth last) {
        StringBuilder month = new StringBuilder("case when ").append(time).append(" is null then cast(null as date)");
        for (YearMonth m = first; m.isBefore(last); m = m.plusMonths(1)) {
            month.append(" when ").append(time).append(" < ").append(timestamp(m.plusMonths(1).atDay(1)))
                    .append(" then ").append(date(m.atDay(1)));
        }
        return month.append(" else ").append(date(last.atDay(1))).append(" end").toString();
    }

    private static String date(LocalDate day) {
        return "cast('" + day + "' as date)";
    }

    private static String timestamp(LocalDate day) {
        return "cast('" + day + " 00:00:00' as timestamp)";
    }

    private static YearMonth month(Object time) {
        return YearMonth.from(((Timestamp) time).toLocalDateTime());
    }

}

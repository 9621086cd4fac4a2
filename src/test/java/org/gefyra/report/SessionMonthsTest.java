package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.gefyra.learner.Learner;
import org.gefyra.learner.LearnerServices;
import org.gefyra.shared.TestDatabase;
import org.gefyra.shared.persistence.ReportChanges;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * report_attendance_month and report_registration_month, the prepared rows the dashboards read sessions,
 * attendance and new learners from: every figure they answer (by total and month, for one
 * organisation, a whole network and everything; new learners by organisation and site too) is the
 * same as from the sessions, attendance and learners, and as the history says; after attendance is
 * marked and unmarked, a learner comes to another organisation's session, withdraws consent, is
 * erased, registers or moves, and a session is cancelled, the rollup's next turn gives the figures of
 * the tables again, and the rows of building it all again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionMonthsTest {

    static TestDatabase db;
    static ReportWorld world;
    static final List<Measure> MEASURES = List.of(Measure.SESSIONS_HELD, Measure.ATTENDANCE, Measure.NEW_LEARNERS);
    static final String ATTENDANCE_ROWS = "select learner_id, organisation_id, month_start, network_id, attendances, "
            + "previous_month, first_in_network, previous_network_month, first_anywhere, previous_any_month "
            + "from report_attendance_month order by learner_id, organisation_id, month_start";
    static final String SUMMARY_ROWS = "select scope, scope_id, month_start, previous_month, learners, attendances "
            + "from report_attendance_summary where learners > 0 or attendances > 0 "
            + "order by scope, scope_id, month_start, previous_month";
    static final String REGISTRATION_ROWS = "select organisation_id, site_id, month_start, learners "
            + "from report_registration_month order by organisation_id, site_id, month_start";
    static final String HELD_ROWS = "select organisation_id, month_start, sessions from report_session_month "
            + "order by organisation_id, month_start";

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        world = ReportWorld.in(db);
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    @Order(1)
    void thePreparedRowsGiveTheFiguresOfTheSessionsAttendanceAndLearners() {
        assertFalse(db.inTransaction(() -> SessionMonths.built(db.em)), "not built before the rollup's first turn");
        db.inTransaction(() -> world.rollup.catchUp());
        assertTrue(db.inTransaction(() -> SessionMonths.built(db.em)));
        assertFalse(db.rows(ATTENDANCE_ROWS).isEmpty());
        assertSameEverywhere(true);
        ReportOracle oracle = new ReportOracle(world.data, Set.copyOf(organisations()));
        for (Dimension dimension : List.of(Dimension.TOTAL, Dimension.MONTH, Dimension.ORGANISATION, Dimension.SITE)) {
            var fromTables = new java.util.HashMap<>(figures(organisations(), ReportFilter.of(ReportDataSet.PERIOD), dimension,
                    true));
            fromTables.remove(ReportQueries.TOTAL_ROW);
            for (Measure measure : MEASURES) {
                ReportFiguresTest.assertSameFigures(oracle.figures(dimension, measure), fromTables, measure, dimension);
            }
        }
        List<List<Object>> attendance = db.rows(ATTENDANCE_ROWS);
        List<List<Object>> registrations = db.rows(REGISTRATION_ROWS);
        List<List<Object>> summary = db.rows(SUMMARY_ROWS);
        List<List<Object>> held = db.rows(HELD_ROWS);
        assertFalse(summary.isEmpty());
        assertFalse(held.isEmpty());
        db.run(() -> SessionMonths.rebuild(db.em));
        assertEquals(attendance, db.rows(ATTENDANCE_ROWS), "building again gives the same rows");
        assertEquals(summary, db.rows(SUMMARY_ROWS));
        assertEquals(registrations, db.rows(REGISTRATION_ROWS));
        assertEquals(held, db.rows(HELD_ROWS));
    }

    @Test
    @Order(2)
    void onlyWholeMonthsWithoutSiteModuleOrTargetGroupAndAWholeNetworkAreReadFromThem() {
        db.inTransaction(() -> world.rollup.catchUp());
        List<Long> all = organisations();
        ReportFilter whole = ReportFilter.of(ReportDataSet.PERIOD);
        assertNotNull(sessions(all, whole, Dimension.TOTAL));
        assertNotNull(sessions(null, whole, Dimension.MONTH));
        assertNotNull(sessions(List.of(world.turin.getId()), whole, Dimension.MONTH));
        assertNull(sessions(List.of(world.athens.getId(), world.turin.getId()), whole, Dimension.TOTAL),
                "two organisations of three: a learner may have come to both");
        assertNull(sessions(all, whole, Dimension.ORGANISATION), "by organisation: today's query");
        assertNull(sessions(all, ReportFilter.of(new Period(LocalDate.of(2025, 1, 15), ReportDataSet.PERIOD.to())),
                Dimension.TOTAL), "starts on the 15th");
        assertNull(sessions(all, ReportFilter.of(new Period(ReportDataSet.PERIOD.from(), LocalDate.of(2025, 3, 10))),
                Dimension.TOTAL), "sessions held on 12 to 31 March are not in it");
        assertNotNull(sessions(all, ReportFilter.of(new Period(ReportDataSet.PERIOD.from(), LocalDate.of(2025, 3, 24))),
                Dimension.TOTAL), "no session held after the 24th in March: whole months as far as sessions go");
        assertNull(sessions(all, new ReportFilter(ReportDataSet.PERIOD, null, world.library.getId(), null, null),
                Dimension.TOTAL), "one site");
        assertNull(sessions(all, new ReportFilter(ReportDataSet.PERIOD, null, null, "pay-utility-bill", null),
                Dimension.TOTAL), "one module");
        assertNull(sessions(all, new ReportFilter(ReportDataSet.PERIOD, null, null, null, "MIGRANTS"), Dimension.TOTAL),
                "one target group");
        assertNotNull(db.inTransaction(() -> SessionMonths.registrations(db.em, all, new ReportFilter(ReportDataSet.PERIOD,
                null, world.library.getId(), null, null), Dimension.SITE, ReportDataSet.ZONE)), "new learners of one site");
        assertNull(db.inTransaction(() -> SessionMonths.registrations(db.em, all, ReportFilter.of(new Period(
                ReportDataSet.PERIOD.from(), LocalDate.of(2025, 3, 10))), Dimension.TOTAL, ReportDataSet.ZONE)),
                "a period that ended before the end of its month");
        db.run(() -> ReportChanges.learner(db.em, world.data.learners.get(0).id()));
        assertNotNull(sessions(all, whole, Dimension.TOTAL), "a change noted since the rollup's turn waits for the next");
        db.inTransaction(() -> world.rollup.catchUp());
        assertEquals(0L, db.inTransaction(() -> ((Number) db.em.createNativeQuery("select count(*) from report_change")
                .getSingleResult()).longValue()));
    }

    @Test
    @Order(3)
    void afterChangesTheRollupsTurnGivesTheFiguresOfTheTablesAgain() {
        db.inTransaction(() -> world.rollup.catchUp());
        Map<String, Map<Measure, Cell>> before = figures(null, ReportFilter.of(ReportDataSet.PERIOD), Dimension.TOTAL, true);
        List<Long> athens = present(world.athens.getId());
        long first = athens.get(0);
        long second = athens.get(1);
        long third = athens.get(2);
        db.run(() -> {
            // present ones marked absent, and an Athens learner at a Turin session (February and March)
            db.em.createNativeQuery("update session_attendance set status = 'ABSENT' where learner_id = ?1")
                    .setParameter(1, first).executeUpdate();
            ReportChanges.learner(db.em, first);
            for (Object session : db.em.createNativeQuery("select id from learning_session where organisation_id = ?1 "
                    + "and status = 'CLOSED'").setParameter(1, world.turin.getId()).getResultList()) {
                db.em.createNativeQuery("insert into session_attendance (session_id, learner_id, status, marked_at, walk_in) "
                        + "values (?1, ?2, 'PRESENT', current_timestamp, false)")
                        .setParameter(1, ((Number) session).longValue()).setParameter(2, second).executeUpdate();
            }
            ReportChanges.learner(db.em, second);
            // a learner no longer counted; another erased (their attendance a guest's)
            db.em.createNativeQuery("update learner set consent_reports = false where id = ?1").setParameter(1, third)
                    .executeUpdate();
            ReportChanges.learner(db.em, third);
        });
        Map<String, Map<Measure, Cell>> changed = figures(null, ReportFilter.of(ReportDataSet.PERIOD), Dimension.TOTAL,
                false);
        assertFalse(before.equals(changed), "the changes change the figures");
        assertEquals(before, figures(null, ReportFilter.of(ReportDataSet.PERIOD), Dimension.TOTAL, true),
                "the tables as at the rollup's last turn, till its next");
        db.inTransaction(() -> world.rollup.catchUp());
        assertEquals(0L, db.inTransaction(() -> ((Number) db.em.createNativeQuery("select count(*) from report_change")
                .getSingleResult()).longValue()), "the notes are done with");
        assertSameEverywhere(true);

        long fourth = athens.get(3);
        db.run(() -> {
            db.em.createNativeQuery("update session_attendance set learner_id = null, guest_key = 'erased-4' "
                    + "where learner_id = ?1").setParameter(1, fourth).executeUpdate();
            ReportChanges.learner(db.em, fourth);
            Object session = db.em.createNativeQuery("select min(id) from learning_session where status = 'CLOSED' "
                    + "and organisation_id = ?1").setParameter(1, world.athens.getId()).getSingleResult();
            db.em.createNativeQuery("update learning_session set status = 'CANCELLED' where id = ?1")
                    .setParameter(1, ((Number) session).longValue()).executeUpdate();
            ReportChanges.session(db.em, ((Number) session).longValue());
            // a held session moved to 3 January (the sessions page moves only planned ones), noted before and after
            Object planned = db.em.createNativeQuery("select max(id) from learning_session where status = 'CLOSED' "
                    + "and organisation_id = ?1").setParameter(1, world.piraeus.getId()).getSingleResult();
            ReportChanges.session(db.em, ((Number) planned).longValue());
            db.em.createNativeQuery("update learning_session set starts_at = ?1, ends_at = ?2 where id = ?3")
                    .setParameter(1, java.sql.Timestamp.valueOf("2025-01-03 10:00:00"))
                    .setParameter(2, java.sql.Timestamp.valueOf("2025-01-03 12:00:00"))
                    .setParameter(3, ((Number) planned).longValue()).executeUpdate();
            ReportChanges.session(db.em, ((Number) planned).longValue());
            // a newcomer in February, and a learner moved to the other Athens site
            Learner newcomer = LearnerServices.someone(world.em.find(org.gefyra.organisation.Site.class,
                    world.centre.getId()), "Newcomer");
            db.em.persist(newcomer);
            db.em.flush();
            db.em.createNativeQuery("update learner set created_at = ?1 where id = ?2")
                    .setParameter(1, java.sql.Timestamp.valueOf("2025-02-11 12:00:00")).setParameter(2, newcomer.getId())
                    .executeUpdate();
            // who walked in at a session (all their attendance in one month)
            Object february = db.em.createNativeQuery("select min(id) from learning_session where status = 'CLOSED' "
                    + "and organisation_id = ?1 and starts_at >= ?2").setParameter(1, world.athens.getId())
                    .setParameter(2, java.sql.Timestamp.valueOf("2025-02-01 00:00:00")).getSingleResult();
            db.em.createNativeQuery("insert into session_attendance (session_id, learner_id, status, marked_at, walk_in) "
                    + "values (?1, ?2, 'PRESENT', current_timestamp, true)").setParameter(1, ((Number) february).longValue())
                    .setParameter(2, newcomer.getId()).executeUpdate();
            ReportChanges.learner(db.em, newcomer.getId());
            db.em.createNativeQuery("update learner set site_id = ?1 where organisation_id = ?2 and site_id = ?3 and id = "
                    + "(select min(id) from learner where organisation_id = ?2 and site_id = ?3)")
                    .setParameter(1, world.library.getId()).setParameter(2, world.athens.getId())
                    .setParameter(3, world.centre.getId()).executeUpdate();
            for (Object moved : db.em.createNativeQuery("select id from learner where organisation_id = ?1")
                    .setParameter(1, world.athens.getId()).getResultList()) {
                ReportChanges.learner(db.em, ((Number) moved).longValue());
            }
        });
        db.inTransaction(() -> world.rollup.catchUp());
        assertSameEverywhere(true);
        List<List<Object>> attendance = db.rows(ATTENDANCE_ROWS);
        List<List<Object>> registrations = db.rows(REGISTRATION_ROWS);
        List<List<Object>> summary = db.rows(SUMMARY_ROWS);
        List<List<Object>> held = db.rows(HELD_ROWS);
        assertEquals(0L, db.inTransaction(() -> ((Number) db.em.createNativeQuery("select count(*) from report_session_change")
                .getSingleResult()).longValue()), "the sessions' notes are done with");
        assertTrue(attendance.stream().anyMatch(row -> "0".equals(row.get(8))), "a learner at two organisations in a month");
        db.run(() -> SessionMonths.rebuild(db.em));
        assertEquals(held, db.rows(HELD_ROWS), "the sessions held counted again are those of all counted again");
        assertEquals(summary, db.rows(SUMMARY_ROWS), "the summary of the changes is the summary of all again");
        assertEquals(attendance, db.rows(ATTENDANCE_ROWS), "following the changes gives what building it all again gives");
        assertEquals(registrations, db.rows(REGISTRATION_ROWS));
    }

    /** The learners of an organisation present at a session held in the period's months, by number. */
    private static List<Long> present(long organisation) {
        return db.inTransaction(() -> {
            @SuppressWarnings("unchecked")
            List<Object> ids = db.em.createNativeQuery("select distinct a.learner_id from session_attendance a join learner l "
                    + "on l.id = a.learner_id join learning_session s on s.id = a.session_id where l.organisation_id = ?1 "
                    + "and a.status = 'PRESENT' and s.status = 'CLOSED' and s.starts_at >= ?2 order by a.learner_id")
                    .setParameter(1, organisation).setParameter(2, java.sql.Timestamp.valueOf("2025-02-01 00:00:00"))
                    .getResultList();
            return ids.stream().map(id -> ((Number) id).longValue()).toList();
        });
    }

    private static List<Long> organisations() {
        return List.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
    }

    private static List<Object[]> sessions(List<Long> organisations, ReportFilter filter, Dimension dimension) {
        return db.inTransaction(() -> SessionMonths.sessions(db.em, organisations, filter, dimension));
    }

    /**
     * Every measure the tables answer, by every dimension they answer it by, for everything, the network
     * and each organisation: from the tables (when {@code prepared}) and from today's queries, the same;
     * and as the history says while it is unchanged.
     */
    private static void assertSameEverywhere(boolean prepared) {
        ReportFilter whole = ReportFilter.of(ReportDataSet.PERIOD);
        ReportFilter endsToday = ReportFilter.of(new Period(ReportDataSet.PERIOD.from(), LocalDate.now(ReportDataSet.ZONE)));
        List<List<Long>> scopes = new java.util.ArrayList<>();
        scopes.add(null);
        scopes.add(organisations());
        organisations().forEach(o -> scopes.add(List.of(o)));
        for (List<Long> scope : scopes) {
            for (ReportFilter filter : List.of(whole, endsToday, new ReportFilter(ReportDataSet.PERIOD, null,
                    world.centre.getId(), null, null))) {
                for (Dimension dimension : List.of(Dimension.TOTAL, Dimension.MONTH, Dimension.ORGANISATION, Dimension.SITE)) {
                    if (filter.siteId() != null && (scope == null || scope.size() > 1)) {
                        continue;
                    }
                    var fromTables = figures(scope, filter, dimension, true);
                    var fromToday = figures(scope, filter, dimension, false);
                    assertEquals(fromToday, fromTables, "by " + dimension + " for " + scope + " over " + filter);
                    if (prepared && (dimension == Dimension.TOTAL || dimension == Dimension.MONTH) && filter.siteId() == null
                            && filter == whole) {
                        assertNotNull(sessions(scope, filter, dimension), "read from the tables: " + dimension + scope);
                    }
                }
            }
        }
        if (prepared) {
            List<ReportTable> dashboard = db.inTransaction(() -> world.reports.report(world.admin(), ReportKind.DASHBOARD,
                    whole, null, Locale.ENGLISH));
            dashboard.forEach(ReportFiguresTest::assertHiddenCannotBeSubtracted);
        }
    }

    /** The figures of the measures; with {@code prepared} false, with the tables out of step so that today's queries answer. */
    private static Map<String, Map<Measure, Cell>> figures(List<Long> organisations, ReportFilter filter, Dimension dimension,
            boolean prepared) {
        Supplier<Map<String, Map<Measure, Cell>>> work = () -> {
            ReportQueries queries = new ReportQueries(db.em, organisations, filter, dimension, ReportDataSet.ZONE,
                    world.rollup.lastFolded());
            return ReportQueries.partitions(dimension) ? queries.withTotal().figures(MEASURES) : queries.figures(MEASURES);
        };
        if (prepared) {
            return db.inTransaction(work::get);
        }
        db.em.getTransaction().begin();
        try {
            db.em.createNativeQuery("update report_rollup set session_months_built = null where id = 1").executeUpdate();
            return work.get();
        } finally {
            db.em.getTransaction().rollback();
            db.em.clear();
        }
    }
}

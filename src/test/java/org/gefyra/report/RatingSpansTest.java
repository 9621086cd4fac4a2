package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The share of learners whose confidence rose and the returning learners, from prepared rows
 * (RatingSpans, ReturningMonths): by total, organisation, city, site and month, for every scope (all,
 * a network, one organisation, one site), over whole months and parts of the period (a learner's
 * ratings rising in one month and falling in the next, rated months before and after the period), the
 * same as today's queries give, through batches, events waiting, a rating taken back, a move, consent
 * withdrawn and given, and an erasure; and the rows kept turn by turn are those built again from scratch.
 */
class RatingSpansTest {

    static TestDatabase db;
    static ReportWorld world;
    static final List<Dimension> DIMENSIONS = List.of(Dimension.TOTAL, Dimension.ORGANISATION, Dimension.CITY,
            Dimension.SITE, Dimension.MONTH);
    static final List<Measure> MEASURES = List.of(Measure.SHARE_GAINED, Measure.MODULES_COMPLETED,
            Measure.CONFIDENCE_GAIN, Measure.RETURNING_LEARNERS);
    static final List<Period> PERIODS = List.of(ReportDataSet.PERIOD,
            new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31)),
            new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28)),
            new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)),
            new Period(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 4, 30)));

    @BeforeAll
    static void setUp() {
        db = new TestDatabase();
        world = ReportWorld.in(db);
        db.run(() -> world.reports.competences.bringUpToDate());
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void thePreparedShareAndReturningLearnersGiveTheFiguresOfTodaysQueriesThroughBatchesMovesConsentAndErasure() {
        long athens = counted(world.athens.getId(), "max");
        long turin = counted(world.turin.getId(), "min");
        long centre = db.count("select min(l.id) from learner l where l.consent_reports = true and l.site_id = "
                + world.centre.getId() + " and l.id <> " + athens);
        long notCounted = db.count("select min(l.id) from learner l where l.consent_reports = false");
        db.run(() -> {
            // rose in January, fell more in March, rated in December and April too
            rated(athens, "conf9-a", at(2024, 12, 15), 4, 2);
            rated(athens, "conf9-b", at(2025, 1, 10), 2, 5);
            rated(athens, "conf9-c", at(2025, 3, 5), 5, 1);
            rated(athens, "conf9-d", at(2025, 4, 3), 1, 3);
            rated(turin, "conf9-a", at(2025, 2, 10), 3, 3);
            rated(turin, "conf9-b", at(2025, 3, 10), 2, 3);
            rated(centre, "conf9-a", at(2025, 1, 20), 1, 2);
            rated(centre, "conf9-b", at(2025, 2, 20), 4, 1);
            rated(centre, "conf9-c", at(2025, 3, 20), 1, 4);
            rated(notCounted, "conf9-a", at(2025, 2, 5), 2, 4);
        });
        long newest = db.count("select max(id) from learning_event");
        long half = newest / 2;
        db.run(() -> {
            db.em.createNativeQuery("update report_rollup set last_event_id = last_event_id where id = 1").executeUpdate();
            world.rollup.foldUpTo(0, half);
        });
        assertSameAsToday(half, newest);
        assertEquals(newest, (long) db.inTransaction(() -> world.rollup.catchUp()));
        assertSameAsToday(newest, newest, PERIODS);
        assertSameAsBuiltAgain();
        assertNotEquals(figures(ReportDataSet.PERIOD, newest), figures(PERIODS.get(2), newest), "the periods differ");

        // the Turin learner finishes another module in January, falling: its event waits, then is folded in
        var before = figures(ReportDataSet.PERIOD, newest);
        db.run(() -> {
            rated(turin, "conf9-c", at(2025, 1, 25), 5, 1);
            db.update("insert into learning_event (occurred_at, learner_id, organisation_id, module_id, module_version, verb, "
                    + "language) values (?1, ?2, ?3, 'conf9-c', 1, 'COMPLETED', 'en')", at(2025, 1, 25), turin,
                    world.turin.getId());
        });
        long next = db.count("select max(id) from learning_event");
        assertSameAsToday(newest, next);
        assertEquals(next, (long) db.inTransaction(() -> world.rollup.catchUp()));
        assertSameAsToday(next, next);
        assertSameAsBuiltAgain();
        assertNotEquals(before, figures(ReportDataSet.PERIOD, next), "the new rating shows");

        // a rating taken back leaves no event: the journal marks its learner
        db.run(() -> {
            db.update("update module_progress set confidence_after = null where learner_id = ?1 and module_id = 'conf9-b'",
                    centre);
            SiteMonths.markForRecount(db.em, centre);
        });
        assertSameAsToday(next, next);
        db.inTransaction(() -> world.rollup.catchUp());
        assertSameAsToday(next, next);
        assertSameAsBuiltAgain();

        // the centre's learner moves to the library, the Athens one withdraws consent, one not counted gives it
        db.run(() -> {
            db.update("update learner set site_id = ?1 where id = ?2", world.library.getId(), centre);
            db.update("update learner set consent_reports = false where id = ?1", athens);
            db.update("update learner set consent_reports = true where id = ?1", notCounted);
            for (long id : List.of(centre, athens, notCounted)) {
                SiteMonths.markForRecount(db.em, id);
            }
        });
        assertSameAsToday(next, next);
        db.inTransaction(() -> world.rollup.catchUp());
        assertEquals(0L, db.count("select count(*) from report_learner_recount"));
        assertSameAsToday(next, next);
        assertSameAsBuiltAgain();

        // an erasure keeps the learner's progress, counted as before (Erasure notes the learner in report_change)
        var kept = figures(ReportDataSet.PERIOD, next);
        db.run(() -> {
            db.update("update learner set erased_at = ?1, display_name = '', age_band = 'NOT_SAID' where id = ?2",
                    at(2025, 4, 1), turin);
            db.update("delete from learner_target_group where learner_id = ?1", turin);
            db.update("insert into report_change (learner_id) values (?1)", turin);
        });
        db.inTransaction(() -> world.rollup.catchUp());
        assertSameAsToday(next, next, PERIODS);
        assertEquals(kept, figures(ReportDataSet.PERIOD, next), "an erased learner's progress still counts");
        assertSameAsBuiltAgain();
    }

    private static long counted(long organisation, String which) {
        return db.count("select " + which + "(l.id) from learner l where l.consent_reports = true and l.organisation_id = "
                + organisation + " and exists (select 1 from module_progress x where x.learner_id = l.id)");
    }

    private static void rated(long learner, String module, Timestamp at, int before, int after) {
        db.update("insert into module_progress (learner_id, module_id, module_version, started_at, last_activity_at, "
                + "completed_at, confidence_before, confidence_after, active_seconds, seconds_to_complete) "
                + "values (?1, ?2, 1, ?3, ?3, ?3, ?4, ?5, 300, 300)", learner, module, at, before, after);
    }

    /** The same over the first two periods only: what a change does is the same over every period. */
    static void assertSameAsToday(long folded, long newest) {
        assertSameAsToday(folded, newest, PERIODS.subList(0, 2));
    }

    /** Every measure by every dimension the prepared rows answer, for every scope and period: the same from both. */
    static void assertSameAsToday(long folded, long newest, List<Period> periods) {
        assertTrue(db.inTransaction(() -> RatingSpans.built(db.em) && ReturningMonths.built(db.em)), "the rows are built");
        List<Long> network = List.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        for (List<Long> organisations : Arrays.asList(null, network, List.of(world.athens.getId()))) {
            for (Period period : periods) {
                for (ReportFilter filter : List.of(ReportFilter.of(period), ReportFilter.of(period).withSite(world.centre.getId()))) {
                    for (Dimension dimension : DIMENSIONS) {
                        String what = dimension + " for " + organisations + " " + filter;
                        assertTrue(db.inTransaction(() -> query(organisations, filter, dimension, folded, newest)
                                .readsReturningMonths()), "reads the prepared rows by " + what);
                        var prepared = db.inTransaction(() -> query(organisations, filter, dimension, folded, newest)
                                .figures(MEASURES));
                        var today = outOfStep(() -> query(organisations, filter, dimension, folded, newest).figures(MEASURES));
                        if (organisations == null && filter.siteId() == null) {
                            assertFalse(today.isEmpty(), what);
                            for (Measure measure : List.of(Measure.SHARE_GAINED, Measure.RETURNING_LEARNERS)) {
                                assertTrue(period.from().getMonthValue() != 2 || today.values().stream()
                                        .anyMatch(cells -> cells.containsKey(measure)), measure + " by " + what);
                            }
                        }
                        assertEquals(today, prepared, "share gained and returning learners by " + what);
                    }
                }
            }
        }
    }

    private static ReportQueries query(List<Long> organisations, ReportFilter filter, Dimension dimension, long folded,
            long newest) {
        ReportQueries query = new ReportQueries(db.em, organisations, filter, dimension, ReportDataSet.ZONE, folded, newest);
        return ReportQueries.partitions(dimension) ? query.withTotal() : query;
    }

    private static Map<String, Map<Measure, Cell>> figures(Period period, long folded) {
        return db.inTransaction(() -> query(null, ReportFilter.of(period), Dimension.ORGANISATION, folded, folded)
                .figures(List.of(Measure.SHARE_GAINED)));
    }

    /** The runs and returning months kept turn by turn, and their sums, are those built again from scratch. */
    private static void assertSameAsBuiltAgain() {
        List<String> rows = List.of(
                "select organisation_id, site_id, first_month, previous_month, last_month, next_month, sum(learners), "
                        + "sum(gained) from report_site_rating_span group by organisation_id, site_id, first_month, "
                        + "previous_month, last_month, next_month having sum(learners) <> 0 order by 1, 2, 3, 4, 5, 6",
                "select learner_id, first_month, previous_month, last_month, next_month, gained, organisation_id, site_id "
                        + "from report_learner_rating_span order by 1, 2, 3, 4, 5, 6, 7, 8",
                "select organisation_id, site_id, month_start, previous_month, first_start_month, sum(learners) from "
                        + "report_site_returning_month group by organisation_id, site_id, month_start, previous_month, "
                        + "first_start_month having sum(learners) <> 0 order by 1, 2, 3, 4, 5",
                "select learner_id, month_start, previous_month, first_start_month, organisation_id, site_id from "
                        + "report_learner_returning_month order by 1, 2, 3, 4, 5, 6",
                "select organisation_id, first_month, previous_month, last_month, next_month, sum(learners), sum(gained) "
                        + "from report_org_rating_span group by organisation_id, first_month, previous_month, last_month, "
                        + "next_month having sum(learners) <> 0 order by 1, 2, 3, 4, 5",
                "select organisation_id, month_start, previous_month, first_start_month, sum(learners) from "
                        + "report_org_returning_month group by organisation_id, month_start, previous_month, "
                        + "first_start_month having sum(learners) <> 0 order by 1, 2, 3, 4");
        List<List<List<Object>>> kept = rows.stream().map(db::rows).toList();
        ProgressMonthsTest.assertCompact(db, rows);
        assertFalse(kept.get(1).isEmpty());
        assertFalse(kept.get(4).isEmpty() || kept.get(5).isEmpty(), "the sums per organisation are kept");
        db.run(() -> {
            RatingSpans.rebuild(db.em);
            ReturningMonths.rebuild(db.em);
        });
        assertEquals(kept, rows.stream().map(db::rows).toList(), "the same as built again");
    }

    private static Timestamp at(int year, int month, int day) {
        return Timestamp.valueOf(LocalDateTime.of(year, month, day, 10, 0));
    }

    /** The work with the prepared progress out of step, so that the reports read module_progress; then as it was. */
    private static <T> T outOfStep(java.util.function.Supplier<T> work) {
        return db.rolledBack("update report_rollup set progress_event_id = -1, months_event_id = -1, "
                + "rating_spans_built = false where id = 1", work);
    }
}

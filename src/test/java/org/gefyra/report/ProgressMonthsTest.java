package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gefyra.learner.Learner;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * report_progress_month, the summary the dashboards read modules started, finished, the confidence
 * ratings, the time to finish and certificates from: every measure by every dimension it answers is
 * the same as from module_progress and as the history says; the same batch twice and building it all
 * again give the same rows; progress changed since the last turn (a module finished, a certificate,
 * which leaves no event) is read from module_progress till the next turn folds it in; an erased
 * learner counts as the learner row now says; the reports read module_progress while it is behind.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgressMonthsTest {

    static TestDatabase db;
    static ReportWorld world;
    static final List<Dimension> ANSWERED = List.of(Dimension.TOTAL, Dimension.ORGANISATION, Dimension.CITY,
            Dimension.SITE, Dimension.TARGET_GROUP, Dimension.AGE_BAND, Dimension.LANGUAGE, Dimension.MONTH,
            Dimension.DIGCOMP_COMPETENCE);
    static final List<Measure> PROGRESS = Arrays.stream(Measure.values()).filter(m -> switch (m.family()) {
        case STARTS, COMPLETIONS, TIME_TO_COMPLETE, CERTIFICATES -> true;
        default -> false;
    }).toList();
    static final String ROWS = "select learner_id, competence, started_month, completed_month, certificate_month, modules, "
            + "timed, rated, confidence_before, confidence_after from report_progress_month order by learner_id, competence, "
            + "started_month, completed_month, certificate_month";
    /** From the data set's first month to today: progress changed now counts in it. */
    static final ReportFilter UP_TO_TODAY = ReportFilter.of(new Period(ReportDataSet.PERIOD.from(), LocalDate.now()));

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
    @Order(1)
    void theSummaryGivesTheFiguresOfTheProgressAndTheSameRowsTwiceAndBuiltAgain() {
        long folded = db.inTransaction(() -> world.rollup.catchUp());
        assertEquals(folded, (long) db.inTransaction(() -> ProgressMonths.builtUpTo(db.em)), "built in the rollup's turn");
        List<List<Object>> rows = rows();
        assertFalse(rows.isEmpty());
        assertSameEverywhere(ReportFilter.of(ReportDataSet.PERIOD), folded, folded, true);

        db.run(() -> ProgressMonths.follow(db.em, folded, folded, Timestamp.from(Instant.now())));
        assertEquals(rows, rows(), "the same turn again (a second server, a retry) changes nothing");
        db.run(() -> ProgressMonths.rebuild(db.em));
        assertEquals(rows, rows(), "following gives what building it all again gives");
    }

    @Test
    @Order(2)
    void aPeriodOfPartMonthsOrOneModuleOrBehindIsReadFromTheProgress() {
        long folded = db.inTransaction(() -> world.rollup.catchUp());
        List<Long> all = List.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        assertTrue(reads(all, ReportFilter.of(ReportDataSet.PERIOD), Dimension.ORGANISATION, folded));
        assertFalse(reads(all, ReportFilter.of(new Period(LocalDate.of(2025, 1, 15), ReportDataSet.PERIOD.to())),
                Dimension.ORGANISATION, folded), "starts on the 15th");
        assertFalse(reads(all, ReportFilter.of(new Period(ReportDataSet.PERIOD.from(), LocalDate.of(2025, 3, 10))),
                Dimension.ORGANISATION, folded), "modules started or finished from 11 March are not in it");
        assertFalse(reads(all, new ReportFilter(ReportDataSet.PERIOD, null, null, ReportDataSet.PAY, null),
                Dimension.ORGANISATION, folded), "one module");
        assertFalse(reads(all, ReportFilter.of(ReportDataSet.PERIOD), Dimension.MODULE, folded), "by module");
        assertFalse(reads(all, ReportFilter.of(ReportDataSet.PERIOD), Dimension.ORGANISATION, folded - 1), "behind");
        assertTrue(reads(all, UP_TO_TODAY, Dimension.DIGCOMP_COMPETENCE, folded), "up to today");

        db.run(() -> ProgressMonths.outdate(db.em));
        assertFalse(reads(all, ReportFilter.of(ReportDataSet.PERIOD), Dimension.ORGANISATION, folded), "to be built again");
        assertEquals(folded, (long) db.inTransaction(() -> world.rollup.catchUp()));
        assertTrue(reads(all, ReportFilter.of(ReportDataSet.PERIOD), Dimension.ORGANISATION, folded), "built again");
    }

    @Test
    @Order(3)
    void progressChangedSinceTheLastTurnIsReadFromTheProgressTillTheNextOne() throws InterruptedException {
        long folded = db.inTransaction(() -> world.rollup.catchUp());
        List<List<Object>> before = rows();
        var figuresBefore = figures(UP_TO_TODAY, Dimension.ORGANISATION, folded, folded);
        // a learner finishes a module now (with its event), another is shown a certificate (no event)
        Object[] unfinished = db.inTransaction(() -> (Object[]) db.em.createNativeQuery("select p.id, p.learner_id, p.module_id "
                + "from module_progress p join learner l on l.id = p.learner_id where p.completed_at is null and "
                + "l.consent_reports = true order by p.id").setMaxResults(1).getSingleResult());
        Object[] uncertified = db.inTransaction(() -> (Object[]) db.em.createNativeQuery("select p.id, p.learner_id from "
                + "module_progress p join learner l on l.id = p.learner_id where p.completed_at is not null and "
                + "p.certificate_at is null and l.consent_reports = true and p.learner_id <> ?1 order by p.id")
                .setParameter(1, unfinished[1]).setMaxResults(1).getSingleResult());
        Timestamp now = Timestamp.from(Instant.now());
        db.run(() -> {
            db.em.createNativeQuery("update module_progress set completed_at = ?1, seconds_to_complete = 600, "
                    + "confidence_before = 2, confidence_after = 4 where id = ?2").setParameter(1, now)
                    .setParameter(2, unfinished[0]).executeUpdate();
            db.em.createNativeQuery("insert into learning_event (occurred_at, learner_id, organisation_id, module_id, "
                    + "module_version, verb, language) select ?1, l.id, l.organisation_id, ?2, 1, 'COMPLETED', 'en' from learner l "
                    + "where l.id = ?3")
                    .setParameter(1, now).setParameter(2, unfinished[2]).setParameter(3, unfinished[1]).executeUpdate();
            db.em.createNativeQuery("update module_progress set certificate_at = ?1 where id = ?2").setParameter(1, now)
                    .setParameter(2, uncertified[0]).executeUpdate();
        });
        long newest = db.inTransaction(() -> world.rollup.newest());
        assertEquals(folded, (long) db.inTransaction(() -> world.rollup.catchUp()), "the event is too new to fold in");
        assertEquals(before, rows(), "not folded in yet");
        var figuresNow = figures(UP_TO_TODAY, Dimension.ORGANISATION, folded, newest);
        assertNotEquals(figuresBefore, figuresNow, "a module more finished, a certificate more");
        assertSameEverywhere(UP_TO_TODAY, folded, newest, false);

        world.rollup.settleSeconds = 1;
        try {
            Thread.sleep(1_100);
            assertEquals(newest, (long) db.inTransaction(() -> world.rollup.catchUp()), "folded in");
        } finally {
            world.rollup.settleSeconds = (int) ReportRollup.SETTLE.toSeconds();
        }
        assertNotEquals(before, rows(), "the finished module and the certificate are in the summary");
        assertEquals(figuresNow, figures(UP_TO_TODAY, Dimension.ORGANISATION, newest, newest));
        assertSameEverywhere(UP_TO_TODAY, newest, newest, false);
        List<List<Object>> followed = rows();
        db.run(() -> ProgressMonths.rebuild(db.em));
        assertEquals(followed, rows(), "following the changes gives what building it all again gives");
    }

    @Test
    @Order(4)
    void anErasedLearnerCountsAsTheirRowNowSays() {
        long folded = db.inTransaction(() -> world.rollup.catchUp());
        long erased = db.inTransaction(() -> ((Number) db.em.createNativeQuery("select p.learner_id from module_progress p "
                + "join learner l on l.id = p.learner_id where l.consent_reports = true and l.age_band <> 'NOT_SAID' "
                + "order by p.id").setMaxResults(1).getSingleResult()).longValue());
        var byAge = figures(ReportFilter.of(ReportDataSet.PERIOD), Dimension.AGE_BAND, folded, folded);
        db.run(() -> assertTrue(db.em.find(Learner.class, erased).erase()));
        assertNotEquals(byAge, figures(ReportFilter.of(ReportDataSet.PERIOD), Dimension.AGE_BAND, folded, folded),
                "counted as age not said");
        assertSameEverywhere(ReportFilter.of(ReportDataSet.PERIOD), folded, folded, false);
    }

    private static Map<String, Map<Measure, Cell>> figures(ReportFilter filter, Dimension dimension, long folded, long newest) {
        List<Long> all = List.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        return db.inTransaction(() -> new ReportQueries(db.em, all, filter, dimension, ReportDataSet.ZONE, folded, newest)
                .figures(PROGRESS));
    }

    private static boolean reads(List<Long> organisations, ReportFilter filter, Dimension dimension, long folded) {
        return db.inTransaction(() -> new ReportQueries(db.em, organisations, filter, dimension, ReportDataSet.ZONE, folded)
                .readsProgressMonths());
    }

    /**
     * Every module progress measure by every dimension the summary answers, from the summary and from
     * module_progress alone, the same (the learning days' measures are left out: the test changes
     * progress without all the events that would go with it); with {@code oracle}, as the history says too; and the dashboard
     * that reads it hides small groups so that no total gives them away.
     */
    private static void assertSameEverywhere(ReportFilter filter, long folded, long newest, boolean oracle) {
        Set<Long> all = Set.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        for (Dimension dimension : ANSWERED) {
            assertTrue(db.inTransaction(() -> new ReportQueries(db.em, List.copyOf(all), filter, dimension,
                    ReportDataSet.ZONE, folded, newest).readsProgressMonths()), "reads the summary by " + dimension);
            var fromSummary = figures(filter, dimension, folded, newest);
            var fromProgress = withoutTheSummary(() -> new ReportQueries(db.em, List.copyOf(all), filter, dimension,
                    ReportDataSet.ZONE, folded, newest).figures(PROGRESS));
            assertEquals(fromProgress, fromSummary, "every module progress measure by " + dimension);
            if (oracle) {
                for (Measure measure : PROGRESS) {
                    if (measure.appliesTo(dimension, filter)) {
                        ReportFiguresTest.assertSameFigures(new ReportOracle(world.data, all).figures(dimension, measure),
                                fromSummary, measure, dimension);
                    }
                }
            }
        }
        List<ReportTable> dashboard = db.inTransaction(() -> world.reports.report(world.admin(), ReportKind.DASHBOARD,
                filter, null, Locale.ENGLISH));
        assertEquals(4, dashboard.size());
        dashboard.forEach(ReportFiguresTest::assertHiddenCannotBeSubtracted);
    }

    /** The work with the summary out of step, so that the reports read module_progress; then as it was. */
    private static <T> T withoutTheSummary(java.util.function.Supplier<T> work) {
        db.em.getTransaction().begin();
        try {
            db.em.createNativeQuery("update report_rollup set progress_months_event_id = -1 where id = 1").executeUpdate();
            return work.get();
        } finally {
            db.em.getTransaction().rollback();
            db.em.clear();
        }
    }

    private static List<List<Object>> rows() {
        return db.inTransaction(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = db.em.createNativeQuery(ROWS).getResultList();
            return rows.stream().map(row -> Arrays.stream(row).map(v -> (Object) String.valueOf(v)).toList()).toList();
        });
    }
}

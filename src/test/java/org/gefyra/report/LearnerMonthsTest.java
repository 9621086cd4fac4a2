package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gefyra.shared.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * report_learner_month, the summary the dashboards read the learning days' measures from: every
 * measure by every dimension it answers is the same as from the learning days and the events, and
 * as the history says, when the summary is behind the events, after more events are folded in, and
 * when the same batch is folded in twice; a batch gives the same rows as building it all again. The
 * first test begins with nothing folded in: it runs first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearnerMonthsTest {

    static TestDatabase db;
    static ReportWorld world;
    static final List<Dimension> BY_LEARNER = List.of(Dimension.TOTAL, Dimension.ORGANISATION, Dimension.CITY,
            Dimension.SITE, Dimension.TARGET_GROUP, Dimension.AGE_BAND, Dimension.LANGUAGE, Dimension.MONTH,
            Dimension.DIGCOMP_COMPETENCE);
    static final String ROWS = "select learner_id, month_start, active_seconds, first_answers, first_answers_right, "
            + "practice_steps, goals_reached, previous_month, previous_answer_month, previous_practice_month "
            + "from report_learner_month order by learner_id, month_start";
    static final String COMPETENCE_ROWS = "select learner_id, competence, month_start, active_seconds, first_answers, "
            + "first_answers_right, practice_steps, goals_reached, previous_month, previous_answer_month, "
            + "previous_practice_month from report_learner_competence_month order by learner_id, competence, month_start";

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
    void theSummaryGivesTheFiguresOfTheEventsBeforeAndAfterMoreAreFoldedInAndTwice() {
        long[] ids = db.inTransaction(() -> {
            Object[] range = (Object[]) db.em.createNativeQuery("select min(id), max(id) from learning_event").getSingleResult();
            return new long[] {((Number) range[0]).longValue(), ((Number) range[1]).longValue()};
        });
        assertSameEverywhere(0, false);

        long half = (ids[0] + ids[1]) / 2;
        db.run(() -> {
            db.em.createNativeQuery("update report_rollup set last_event_id = last_event_id where id = 1").executeUpdate();
            world.rollup.foldUpTo(0, half);
        });
        assertEquals(half, (long) db.inTransaction(() -> LearnerMonths.BY_LEARNER.builtUpTo(db.em)), "built with the learning days");
        assertEquals(half, (long) db.inTransaction(() -> LearnerMonths.BY_COMPETENCE.builtUpTo(db.em)));
        assertSameEverywhere(half, true);

        long all = db.inTransaction(() -> world.rollup.catchUp());
        assertEquals(ids[1], all);
        assertEquals(all, (long) db.inTransaction(() -> LearnerMonths.BY_LEARNER.builtUpTo(db.em)),
                "the months followed the batch");
        assertEquals(all, (long) db.inTransaction(() -> LearnerMonths.BY_COMPETENCE.builtUpTo(db.em)));
        assertSameEverywhere(all, true);
        List<List<Object>> afterTheBatch = db.rows(ROWS);
        List<List<Object>> competencesAfterTheBatch = db.rows(COMPETENCE_ROWS);
        assertFalse(afterTheBatch.isEmpty());
        assertTrue(afterTheBatch.stream().anyMatch(row -> !"null".equals(row.get(7))), "some learners came back another month");
        assertTrue(competencesAfterTheBatch.stream().anyMatch(row -> !"null".equals(row.get(8))),
                "some learners came back to a competence another month");

        for (LearnerMonths summary : List.of(LearnerMonths.BY_LEARNER, LearnerMonths.BY_COMPETENCE)) {
            db.run(() -> summary.follow(db.em, half, all));
        }
        assertEquals(afterTheBatch, db.rows(ROWS), "the same batch again (a second server, a retry) changes nothing");
        assertEquals(competencesAfterTheBatch, db.rows(COMPETENCE_ROWS));
        for (LearnerMonths summary : List.of(LearnerMonths.BY_LEARNER, LearnerMonths.BY_COMPETENCE)) {
            db.run(() -> summary.rebuild(db.em));
        }
        assertEquals(afterTheBatch, db.rows(ROWS), "following the batches gives what building it all again gives");
        assertEquals(competencesAfterTheBatch, db.rows(COMPETENCE_ROWS));
        assertEquals(all, (long) db.inTransaction(() -> world.rollup.catchUp()), "nothing more to fold");
        assertEquals(afterTheBatch, db.rows(ROWS));
        assertSameEverywhere(all, true);
    }

    @Test
    @Order(2)
    void aPeriodOfPartMonthsOrOneModuleIsReadFromTheLearningDays() {
        long folded = db.inTransaction(() -> world.rollup.catchUp());
        List<Long> all = List.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        ReportFilter whole = ReportFilter.of(ReportDataSet.PERIOD);
        ReportFilter part = ReportFilter.of(new Period(LocalDate.of(2025, 1, 15), ReportDataSet.PERIOD.to()));
        ReportFilter endsEarly = ReportFilter.of(new Period(ReportDataSet.PERIOD.from(), LocalDate.of(2025, 3, 10)));
        ReportFilter oneModule = new ReportFilter(ReportDataSet.PERIOD, null, null, "paying-a-bill", null);
        assertTrue(reads(all, whole, Dimension.ORGANISATION, folded));
        assertFalse(reads(all, part, Dimension.ORGANISATION, folded), "starts on the 15th");
        assertFalse(reads(all, endsEarly, Dimension.ORGANISATION, folded), "learning on 10 to 31 March is not in it");
        assertFalse(reads(all, oneModule, Dimension.ORGANISATION, folded), "one module");
        assertFalse(reads(all, whole, Dimension.MODULE, folded), "by module");
        assertFalse(reads(all, whole, Dimension.DIGCOMP_AREA, folded), "by area: a learner may have two competences of one");
        assertTrue(reads(all, whole, Dimension.DIGCOMP_COMPETENCE, folded));
        assertFalse(reads(all, whole, Dimension.ORGANISATION, folded - 1), "behind the learning days");
    }

    @Test
    @Order(3)
    void whenTheModulesCompetencesChangeTheCompetenceMonthsAreBuiltAgainAndNotReadTillThen() {
        long folded = db.inTransaction(() -> world.rollup.catchUp());
        List<Long> all = List.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        ReportFilter whole = ReportFilter.of(ReportDataSet.PERIOD);
        List<List<Object>> before = db.rows(COMPETENCE_ROWS);
        List<Measure> measures = Arrays.asList(Measure.values());
        var figures = db.inTransaction(() -> new ReportQueries(db.em, all, whole, Dimension.DIGCOMP_COMPETENCE,
                ReportDataSet.ZONE, folded).figures(measures));
        // a content reload that gives one module one competence more (and takes it back after)
        Set<CompetenceTable.Row> changed = new java.util.HashSet<>(competenceRows());
        changed.add(new CompetenceTable.Row(ReportDataSet.PAY, "5.4"));
        db.run(() -> CompetenceTable.copy(db.em, changed));
        assertFalse(reads(all, whole, Dimension.DIGCOMP_COMPETENCE, folded), "summed by the competences of before");
        assertTrue(reads(all, whole, Dimension.ORGANISATION, folded), "the learner months do not depend on them");
        assertEquals(folded, (long) db.inTransaction(() -> world.rollup.catchUp()));
        assertTrue(reads(all, whole, Dimension.DIGCOMP_COMPETENCE, folded), "built again at the rollup's next turn");
        var withMore = db.inTransaction(() -> new ReportQueries(db.em, all, whole, Dimension.DIGCOMP_COMPETENCE,
                ReportDataSet.ZONE, folded).figures(measures));
        assertTrue(withMore.containsKey("5.4"), "the new competence has learners");
        assertEquals(withoutTheSummary(() -> new ReportQueries(db.em, all, whole, Dimension.DIGCOMP_COMPETENCE,
                ReportDataSet.ZONE, folded).figures(measures)), withMore);

        changed.remove(new CompetenceTable.Row(ReportDataSet.PAY, "5.4"));
        db.run(() -> CompetenceTable.copy(db.em, changed));
        db.inTransaction(() -> world.rollup.catchUp());
        assertEquals(before, db.rows(COMPETENCE_ROWS));
        assertEquals(figures, db.inTransaction(() -> new ReportQueries(db.em, all, whole, Dimension.DIGCOMP_COMPETENCE,
                ReportDataSet.ZONE, folded).figures(measures)));
    }

    private static Set<CompetenceTable.Row> competenceRows() {
        return db.inTransaction(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = db.em.createNativeQuery("select module_id, competence from report_module_competence")
                    .getResultList();
            return rows.stream().map(r -> new CompetenceTable.Row(String.valueOf(r[0]).strip(), String.valueOf(r[1]).strip()))
                    .collect(java.util.stream.Collectors.toSet());
        });
    }

    private static boolean reads(List<Long> organisations, ReportFilter filter, Dimension dimension, long folded) {
        return db.inTransaction(() -> new ReportQueries(db.em, organisations, filter, dimension, ReportDataSet.ZONE, folded)
                .readsLearnerMonths());
    }

    /**
     * Every measure by every dimension the summary answers: from the summary (when {@code summary}),
     * from the learning days and events alone, and from the history, all the same; and the dashboard
     * that reads it hides small groups so that no total gives them away.
     */
    private static void assertSameEverywhere(long folded, boolean summary) {
        Set<Long> all = Set.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        ReportOracle oracle = new ReportOracle(world.data, all);
        ReportFilter filter = ReportFilter.of(ReportDataSet.PERIOD);
        List<Measure> measures = Arrays.asList(Measure.values());
        for (Dimension dimension : BY_LEARNER) {
            assertEquals(summary, db.inTransaction(() -> new ReportQueries(db.em, List.copyOf(all), filter, dimension,
                    ReportDataSet.ZONE, folded).readsLearnerMonths()), "reads the summary by " + dimension);
            var fromSummary = db.inTransaction(() -> new ReportQueries(db.em, List.copyOf(all), filter, dimension,
                    ReportDataSet.ZONE, folded).figures(measures));
            var fromDays = withoutTheSummary(() -> new ReportQueries(db.em, List.copyOf(all), filter, dimension,
                    ReportDataSet.ZONE, folded).figures(measures));
            assertEquals(fromDays, fromSummary, "every measure by " + dimension);
            for (Measure measure : measures) {
                if (measure.appliesTo(dimension, filter)) {
                    ReportFiguresTest.assertSameFigures(oracle.figures(dimension, measure), fromSummary, measure, dimension);
                }
            }
        }
        if (summary) {
            List<ReportTable> dashboard = db.inTransaction(() -> world.reports.report(world.admin(), ReportKind.DASHBOARD,
                    filter, null, Locale.ENGLISH));
            assertEquals(4, dashboard.size());
            dashboard.forEach(ReportFiguresTest::assertHiddenCannotBeSubtracted);
        }
    }

    /** The work with the summary out of step, so that the reports read the learning days; then as it was. */
    private static <T> T withoutTheSummary(java.util.function.Supplier<T> work) {
        db.em.getTransaction().begin();
        try {
            db.em.createNativeQuery("update report_rollup set months_event_id = -1, competence_months_event_id = -1 "
                    + "where id = 1").executeUpdate();
            return work.get();
        } finally {
            db.em.getTransaction().rollback();
            db.em.clear();
        }
    }
}

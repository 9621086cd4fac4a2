package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.gefyra.organisation.Organisation;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.security.Caller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every measure by every dimension, computed by the database over a generated history whose every
 * figure is known: compared with the figures counted in Java from the history itself, and for the
 * headline figures with numbers worked out by hand from the history's description. Then the
 * hiding of small groups, each role's view and refusals.
 */
class ReportFiguresTest {

    static ReportWorld world;

    @BeforeAll
    static void setUp() {
        world = ReportWorld.shared();
    }

    static <T> T read(Supplier<T> work) {
        return ReportWorld.read(work);
    }

    @ParameterizedTest
    @EnumSource(Dimension.class)
    void everyMeasureByThisDimensionIsWhatTheHistorySays(Dimension dimension) {
        Set<Long> all = Set.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId());
        ReportOracle oracle = new ReportOracle(world.data, all);
        ReportFilter filter = ReportFilter.of(ReportDataSet.PERIOD);
        long folded = read(() -> world.rollup.catchUp());
        for (Measure measure : Measure.values()) {
            if (!measure.appliesTo(dimension, filter)) {
                continue;
            }
            Map<String, Map<Measure, Cell>> actual = read(() -> new ReportQueries(world.em, List.copyOf(all), filter,
                    dimension, ReportDataSet.ZONE, folded).figures(List.of(measure)));
            assertSameFigures(oracle.figures(dimension, measure), actual, measure, dimension);
        }
    }

    /**
     * The total read off the rows by organisation or site (a dashboard's headline, a table's total) is
     * the one counted from the history for the whole scope, every measure it gives, distinct learners
     * included: for every organisation, and for one.
     */
    @ParameterizedTest
    @EnumSource(value = Dimension.class, names = {"ORGANISATION", "SITE"})
    void theTotalSummedFromTheRowsIsTheTotalOfTheHistory(Dimension dimension) {
        ReportFilter filter = ReportFilter.of(ReportDataSet.PERIOD);
        long folded = read(() -> world.rollup.catchUp());
        for (Set<Long> scope : List.of(Set.of(world.athens.getId(), world.turin.getId(), world.piraeus.getId()),
                Set.of(world.athens.getId()))) {
            ReportOracle oracle = new ReportOracle(world.data, scope);
            List<Measure> summed = java.util.Arrays.stream(Measure.values()).filter(ReportQueries::summedIntoTotal).toList();
            Map<String, Map<Measure, Cell>> rows = read(() -> new ReportQueries(world.em, List.copyOf(scope), filter,
                    dimension, ReportDataSet.ZONE, folded).withTotal().figures(summed));
            Map<String, Map<Measure, Cell>> total = new java.util.HashMap<>();
            if (rows.containsKey(ReportQueries.TOTAL_ROW)) {
                total.put("0", rows.get(ReportQueries.TOTAL_ROW));
            }
            for (Measure measure : summed) {
                Map<String, Cell> expected = oracle.figures(Dimension.TOTAL, measure);
                if (expected.isEmpty() && !total.getOrDefault("0", Map.of()).containsKey(measure)) {
                    continue; // nothing of it in this scope (no one came back to Athens helps), and nothing summed
                }
                assertSameFigures(expected, total, measure, Dimension.TOTAL);
            }
        }
    }

    /** The database's figures of a measure by a dimension are the ones counted from the history, row by row. */
    static void assertSameFigures(Map<String, Cell> expected, Map<String, Map<Measure, Cell>> actual, Measure measure,
            Dimension dimension) {
        Set<String> keys = new TreeSet<>(expected.keySet());
        actual.forEach((key, cells) -> {
            if (cells.containsKey(measure)) {
                keys.add(key);
            }
        });
        assertTrue(!keys.isEmpty() || measure.name().startsWith("HARD"), measure + " by " + dimension + " has rows");
        for (String key : keys) {
            Cell want = expected.getOrDefault(key, Cell.of(measure.isAdditive() ? 0.0 : null, 0));
            Cell got = actual.getOrDefault(key, Map.of()).getOrDefault(measure,
                    Cell.of(measure.isAdditive() ? 0.0 : null, 0));
            String what = measure + " by " + dimension + " for " + key;
            assertEquals(want.learners(), got.learners(), what + ": learners");
            if (want.value() == null || got.value() == null) {
                assertEquals(want.value(), got.value(), what);
            } else {
                assertEquals(want.value(), got.value(), 1e-9, what);
            }
        }
    }

    @Test
    void theHeadlineFiguresAreTheOnesWorkedOutByHand() {
        ReportTable total = read(() -> world.reports.table(world.admin(), ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.TOTAL, Measure.HEADLINE, Locale.ENGLISH));
        Map<Measure, Double> shown = total.total().cells().entrySet().stream().filter(e -> e.getValue().isShown())
                .filter(e -> e.getValue().value() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
        assertEquals(26, shown.get(Measure.LEARNERS_ACTIVE), "8 + 6 + 3 + 7 + 2 learners; not the 3 of G6");
        assertEquals(11, shown.get(Measure.NEW_LEARNERS), "6 in February, 3 in January (not G6's), 2 in March");
        assertEquals(7, shown.get(Measure.RETURNING_LEARNERS), "only those who started paying a bill in December");
        assertEquals(22, shown.get(Measure.MODULES_STARTED), "8 + 6 + 3 x 2 + 2; December's starts are outside");
        assertEquals(23, shown.get(Measure.MODULES_COMPLETED), "8 + 3 x 2 + 7 + 2");
        assertEquals(100.0 * 16 / 22, shown.get(Measure.COMPLETION_RATE), 1e-9, "16 of the 22 started were finished");
        assertEquals(100.0 * 21 / 29, shown.get(Measure.QUIZ_FIRST_TRY), 1e-9, "first answers: 6 of 8, 0 of 6, 6, 7 and 2 right");
        assertEquals(48.0 / 23, shown.get(Measure.CONFIDENCE_GAIN), 1e-9, "8 x 2 + 3 x 0 + 3 x 3 + 7 x 3 + 2 x 1");
        assertEquals(100.0, shown.get(Measure.SHARE_GAINED), 1e-9, "every learner with both ratings gained overall");
        assertEquals(17, shown.get(Measure.CERTIFICATES), "8 + 7 + 2");
        assertEquals(8 + 3 + 3 + 7 + 2, shown.get(Measure.GOALS_REACHED), "all but the 6 who did not finish");
        // Active time of a full visit: 30 + 60 + 90 + 40 + 30 + 120 + 60 + 30 (+ 20 for a wrong first answer)
        // (+ 45 + 1 to finish); December's part of paying a bill is outside the period, March's starts
        // with a pause that counts as 5 minutes: 300 + 50 + 100 + 20 + 45 + 1.
        double seconds = 8 * (460 + 46) + 2 * 20 + 6 * (460 - 60 + 20) + 3 * 2 * (460 + 46) + 7 * 516 + 2 * (460 + 46);
        assertEquals(seconds / 3600, shown.get(Measure.LEARNING_HOURS), 1e-9);
        assertEquals(7, shown.get(Measure.SESSIONS_HELD), "S1, S2, S3, S4, S6, S8 (still open) and S9 (guests only)");
        assertEquals(7 + 6 + 6 + 5 + 2 + 3, shown.get(Measure.ATTENDANCE), "registered learners present; guests not");
        assertEquals(7 + 6 + 3 + 2 + 2, total.total().cell(Measure.ATTENDANCE).learners());
    }

    @Test
    void aSmallOrganisationIsHiddenAndSoIsTheNextSmallestSoThatTheTotalGivesNothingAway() {
        ReportTable table = read(() -> world.reports.table(world.admin(), ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.ORGANISATION, List.of(Measure.LEARNERS_ACTIVE, Measure.MODULES_COMPLETED), Locale.ENGLISH));
        Map<String, ReportRow> rows = table.rows().stream().collect(Collectors.toMap(ReportRow::label, r -> r));
        assertEquals(14.0, rows.get("Athens helps").cell(Measure.LEARNERS_ACTIVE).visibleValue());
        assertEquals(Cell.Shown.FEWER_THAN_FIVE, rows.get("Piraeus bridge").cell(Measure.LEARNERS_ACTIVE).shown());
        assertEquals(Cell.Shown.PROTECTS_ANOTHER, rows.get("Torino digitale").cell(Measure.LEARNERS_ACTIVE).shown(),
                "else 26 - 14 - 10 would give Piraeus's 2");
        assertEquals(26.0, table.total().cell(Measure.LEARNERS_ACTIVE).visibleValue());
        assertNull(rows.get("Piraeus bridge").cell(Measure.MODULES_COMPLETED).visibleValue());
        assertHiddenCannotBeSubtracted(table);
    }

    @Test
    void sessionsAreCountedWhereTheyWereHeldAndRestOnTheLearnersPresent() {
        ReportTable table = read(() -> world.reports.table(world.admin(), ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.ORGANISATION, List.of(Measure.SESSIONS_HELD, Measure.ATTENDANCE), Locale.ENGLISH));
        Map<String, ReportRow> rows = table.rows().stream().collect(Collectors.toMap(ReportRow::label, r -> r));
        assertEquals(4.0, rows.get("Athens helps").cell(Measure.SESSIONS_HELD).visibleValue(), "S1, S2, S3, S8");
        assertEquals(22.0, rows.get("Athens helps").cell(Measure.ATTENDANCE).visibleValue(), "7 + 6 + 6 + 3");
        assertEquals(13L, rows.get("Athens helps").cell(Measure.ATTENDANCE).visibleLearners());
        assertEquals(Cell.Shown.FEWER_THAN_FIVE, rows.get("Piraeus bridge").cell(Measure.SESSIONS_HELD).shown(),
                "one session, two learners");
        assertEquals(Cell.Shown.PROTECTS_ANOTHER, rows.get("Torino digitale").cell(Measure.SESSIONS_HELD).shown(),
                "else 7 - 4 - 2 would give Piraeus's one session");
        assertHiddenCannotBeSubtracted(table);

        ReportTable sites = read(() -> world.reports.table(world.admin(), ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.SITE, List.of(Measure.ATTENDANCE), Locale.ENGLISH));
        Cell library = sites.rows().stream().filter(r -> r.key().equals(String.valueOf(world.library.getId())))
                .findFirst().orElseThrow()
                .cell(Measure.ATTENDANCE);
        assertEquals(13.0, library.visibleValue(), "S1 and S2, where a learner of the Athens centre came too");
        assertEquals(8L, library.visibleLearners());
    }

    @Test
    void sessionFiguresFollowTheFiltersAndTheCallersOrganisation() {
        ReportFilter migrants = ReportFilter.of(ReportDataSet.PERIOD).withTargetGroup("MIGRANT");
        ReportTable total = read(() -> world.reports.table(world.admin(), migrants, Dimension.TOTAL,
                List.of(Measure.SESSIONS_HELD, Measure.ATTENDANCE), Locale.ENGLISH));
        assertEquals(4.0, total.total().cell(Measure.SESSIONS_HELD).visibleValue(), "S2, S3, S6, S8: migrants came");
        assertEquals(12.0, total.total().cell(Measure.ATTENDANCE).visibleValue(), "1 + 6 + 2 + 3");
        assertEquals(8L, total.total().cell(Measure.ATTENDANCE).visibleLearners());

        ReportFilter paying = ReportFilter.of(ReportDataSet.PERIOD).withModule(ReportDataSet.PAY);
        ReportTable bills = read(() -> world.reports.table(world.admin(), paying, Dimension.TOTAL,
                List.of(Measure.SESSIONS_HELD, Measure.ATTENDANCE), Locale.ENGLISH));
        assertEquals(1.0, bills.total().cell(Measure.SESSIONS_HELD).visibleValue(), "S2; S5 was called off");
        assertEquals(6.0, bills.total().cell(Measure.ATTENDANCE).visibleValue());

        ReportFilter centre = ReportFilter.of(ReportDataSet.PERIOD).withSite(world.centre.getId());
        ReportTable atCentre = read(() -> world.reports.table(world.admin(), centre, Dimension.MONTH,
                List.of(Measure.SESSIONS_HELD, Measure.ATTENDANCE), Locale.ENGLISH));
        assertEquals(List.of(0.0, 1.0, 1.0), atCentre.rows().stream()
                .map(r -> r.cell(Measure.SESSIONS_HELD).value()).toList(), "S3 in February, S8 in March; S11 never opened");
        assertEquals(9.0, atCentre.total().cell(Measure.ATTENDANCE).visibleValue());

        ReportTable turin = read(() -> world.reports.table(world.coordinatorOf(world.turin, false),
                ReportFilter.of(ReportDataSet.PERIOD), Dimension.TOTAL, List.of(Measure.SESSIONS_HELD, Measure.ATTENDANCE),
                Locale.ENGLISH));
        assertEquals(2.0, turin.total().cell(Measure.SESSIONS_HELD).visibleValue(), "S4, and S9 that only guests came to");
        assertEquals(5.0, turin.total().cell(Measure.ATTENDANCE).visibleValue(), "3 + 2; S10 is in April");
    }

    @Test
    void aSmallLanguageGroupIsHiddenWithTheNextSmallest() {
        ReportTable table = read(() -> world.reports.table(world.admin(), ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.LANGUAGE, List.of(Measure.LEARNERS_ACTIVE), Locale.ENGLISH));
        Map<String, Cell> cells = table.rows().stream().collect(Collectors.toMap(ReportRow::label,
                r -> r.cell(Measure.LEARNERS_ACTIVE)));
        assertEquals(Cell.Shown.FEWER_THAN_FIVE, cells.get("Italian").shown(), "3 Italian speakers");
        assertEquals(Cell.Shown.PROTECTS_ANOTHER, cells.get("Arabic").shown(), "6, the next smallest");
        assertEquals(10.0, cells.get("Greek").visibleValue());
        assertEquals(7.0, cells.get("English").visibleValue());
        assertHiddenCannotBeSubtracted(table);
    }

    @ParameterizedTest
    @EnumSource(value = Dimension.class, names = "TOTAL", mode = EnumSource.Mode.EXCLUDE)
    void noTableLetsAHiddenFigureBeWorkedOutFromItsTotal(Dimension dimension) {
        for (Caller caller : List.of(world.admin(), world.coordinatorOf(world.turin, false),
                world.coordinatorOf(world.athens, false))) {
            ReportTable table = read(() -> world.reports.table(caller, ReportFilter.of(ReportDataSet.PERIOD), dimension,
                    List.of(Measure.values()), Locale.ENGLISH));
            assertHiddenCannotBeSubtracted(table);
            for (ReportRow row : table.rows()) {
                for (Measure measure : table.measures()) {
                    Cell cell = row.cell(measure);
                    assertTrue(!cell.isShown() || cell.learners() == 0 || cell.learners() >= Cell.SMALLEST_GROUP,
                            measure + " by " + dimension + " shows a figure of " + cell.learners() + " learners");
                }
            }
        }
    }

    /** In each column, the hidden figures are none, or at least two resting on five or more learners, or the total is hidden. */
    static void assertHiddenCannotBeSubtracted(ReportTable table) {
        for (Measure measure : table.measures()) {
            List<Cell> hidden = table.rows().stream().map(r -> r.cell(measure)).filter(Cell::isHidden).toList();
            if (hidden.isEmpty() || !table.total().cell(measure).isShown()) {
                continue;
            }
            assertTrue(hidden.size() >= 2, measure + ": a single hidden figure next to a shown total");
            assertTrue(hidden.stream().mapToLong(Cell::learners).sum() >= Cell.SMALLEST_GROUP,
                    measure + ": the hidden figures together rest on fewer than five learners");
        }
    }

    @Test
    void aCoordinatorSeesOnlyTheirOwnOrganisation() {
        Caller turin = world.coordinatorOf(world.turin, false);
        ReportTable table = read(() -> world.reports.table(turin, ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.ORGANISATION, List.of(Measure.LEARNERS_ACTIVE), Locale.ENGLISH));
        assertEquals(List.of("Torino digitale"), table.rows().stream().map(ReportRow::label).toList());
        assertEquals(10.0, table.total().cell(Measure.LEARNERS_ACTIVE).visibleValue(), "3 + 7 learners in Turin");
        ReportTable sites = read(() -> world.reports.table(turin, ReportFilter.of(ReportDataSet.PERIOD), Dimension.SITE,
                List.of(Measure.LEARNERS_ACTIVE), Locale.ENGLISH));
        assertEquals(List.of("Turin town hall"), sites.rows().stream().map(ReportRow::label).toList());
    }

    @Test
    void aCoordinatorCannotAskForAnotherOrganisationOrItsSite() {
        Caller turin = world.coordinatorOf(world.turin, false);
        ReportFilter athens = ReportFilter.of(ReportDataSet.PERIOD).withOrganisation(world.athens.getId());
        assertThrows(NotAllowedException.class, () -> read(() -> world.reports.table(turin, athens, Dimension.TOTAL,
                List.of(Measure.LEARNERS_ACTIVE), Locale.ENGLISH)));
        ReportFilter library = ReportFilter.of(ReportDataSet.PERIOD).withSite(world.library.getId());
        assertThrows(NotAllowedException.class, () -> read(() -> world.reports.table(turin, library, Dimension.TOTAL,
                List.of(Measure.LEARNERS_ACTIVE), Locale.ENGLISH)));
        assertThrows(NotAllowedException.class, () -> read(() -> world.reports.table(world.educatorOf(world.athens),
                ReportFilter.of(ReportDataSet.PERIOD), Dimension.TOTAL, List.of(Measure.LEARNERS_ACTIVE), Locale.ENGLISH)));
    }

    @Test
    void aNetworkCoordinatorComparesEveryOrganisationOfTheNetworkAndEveryCity() {
        Caller network = world.coordinatorOf(world.athens, true);
        ReportTable cities = read(() -> world.reports.report(network, ReportKind.COMPARE,
                ReportFilter.of(ReportDataSet.PERIOD), Dimension.CITY, Locale.ENGLISH).get(0));
        Map<String, ReportRow> rows = cities.rows().stream().collect(Collectors.toMap(ReportRow::label, r -> r));
        assertEquals(Set.of("Athens", "Turin"), rows.keySet());
        assertEquals(16.0, rows.get("Athens").cell(Measure.LEARNERS_ACTIVE).visibleValue(), "14 + 2 in two organisations");
        assertEquals(100.0 * 10 / 16, rows.get("Athens").cell(Measure.COMPLETION_RATE).value(), 1e-9,
                "10 of the 16 modules started in Athens were finished");
        assertEquals(Cell.Shown.FEWER_THAN_FIVE, rows.get("Turin").cell(Measure.COMPLETION_RATE).shown(),
                "the modules started in Turin in the period rest on 3 learners");
        assertEquals(Cell.Shown.PROTECTS_ANOTHER, rows.get("Athens").cell(Measure.COMPLETION_RATE).shown());
        assertEquals(10.0, rows.get("Turin").cell(Measure.LEARNERS_ACTIVE).visibleValue());
        assertEquals(3, read(() -> world.reports.report(network, ReportKind.COMPARE, ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.ORGANISATION, Locale.ENGLISH)).get(0).rows().size());
    }

    @Test
    void learnersWhoDidNotAgreeToAnonymousReportsAreNotCounted() {
        List<ReportDataSet.GLearner> notAgreed = world.data.learners.stream().filter(l -> !l.counted()).toList();
        assertEquals(3, notAgreed.size());
        assertTrue(notAgreed.stream().allMatch(l -> l.place().siteId() == world.library.getId()));
        ReportFilter booking = ReportFilter.of(ReportDataSet.PERIOD).withModule(ReportDataSet.BOOK)
                .withOrganisation(world.athens.getId()).withSite(world.library.getId());
        ReportTable library = read(() -> world.reports.table(world.admin(), booking, Dimension.TOTAL,
                List.of(Measure.LEARNERS_ACTIVE, Measure.MODULES_COMPLETED, Measure.CERTIFICATES, Measure.FEEDBACK_ANSWERS,
                        Measure.ATTENDANCE), Locale.ENGLISH));
        for (Measure measure : List.of(Measure.LEARNERS_ACTIVE, Measure.MODULES_COMPLETED, Measure.CERTIFICATES,
                Measure.FEEDBACK_ANSWERS)) {
            assertEquals(8.0, library.total().cell(measure).visibleValue(), measure + ": G1's 8, the 3 of G6 finished too");
        }
        assertEquals(7.0 + 6, library.total().cell(Measure.ATTENDANCE).visibleValue(),
                "S1 and S2 held at the library: G6 came to S1 but are not counted");
        ReportTable january = read(() -> world.reports.table(world.admin(), ReportFilter.of(ReportDataSet.PERIOD)
                .withOrganisation(world.athens.getId()), Dimension.MONTH, List.of(Measure.NEW_LEARNERS), Locale.ENGLISH));
        assertEquals(0.0, january.rows().get(0).cell(Measure.NEW_LEARNERS).value(), "G6 registered in January");
    }

    @Test
    void filtersNarrowEveryFigure() {
        ReportFilter migrants = ReportFilter.of(ReportDataSet.PERIOD).withTargetGroup("MIGRANT");
        ReportTable byMonth = read(() -> world.reports.table(world.admin(), migrants, Dimension.MONTH,
                List.of(Measure.LEARNERS_ACTIVE), Locale.ENGLISH));
        assertEquals(List.of("2025-01", "2025-02", "2025-03"), byMonth.rows().stream().map(ReportRow::key).toList());
        assertEquals(0.0, byMonth.rows().get(0).cell(Measure.LEARNERS_ACTIVE).visibleValue(), "no migrant in January");
        assertEquals(6.0, byMonth.rows().get(1).cell(Measure.LEARNERS_ACTIVE).value());
        assertEquals(Cell.Shown.FEWER_THAN_FIVE, byMonth.rows().get(2).cell(Measure.LEARNERS_ACTIVE).shown(), "2 in March");
        assertEquals(Cell.Shown.PROTECTS_ANOTHER, byMonth.rows().get(1).cell(Measure.LEARNERS_ACTIVE).shown(),
                "else the total of 8 less February's 6 would give March's 2");
        ReportFilter booking = ReportFilter.of(ReportDataSet.PERIOD).withModule(ReportDataSet.BOOK)
                .withOrganisation(world.athens.getId()).withSite(world.library.getId());
        ReportTable library = read(() -> world.reports.table(world.admin(), booking, Dimension.TOTAL,
                List.of(Measure.MODULES_COMPLETED, Measure.NEW_LEARNERS), Locale.ENGLISH));
        assertEquals(8.0, library.total().cell(Measure.MODULES_COMPLETED).visibleValue());
        assertEquals(Cell.Shown.NOT_AVAILABLE, library.total().cell(Measure.NEW_LEARNERS).shown(),
                "registrations are not about a module");
    }

    @Test
    void theDigCompViewCountsEachModuleInEachOfItsCompetences() {
        ReportTable table = read(() -> world.reports.table(world.admin(), ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.DIGCOMP_COMPETENCE, List.of(Measure.MODULES_COMPLETED), Locale.ENGLISH));
        Map<String, Double> completed = new java.util.HashMap<>();
        table.rows().forEach(r -> completed.put(r.key(), r.cell(Measure.MODULES_COMPLETED).value()));
        assertEquals(23.0, completed.get("2.3"), "every module of the history trains 2.3");
        assertEquals(8.0 + 3 + 2, completed.get("2.1"), "booking a doctor");
        assertEquals(7.0, completed.get("4.2"), "paying a bill");
        assertEquals(3.0, completed.get("2.6"), "signing in, finished by 3 learners in Turin");
        Map<String, Cell.Shown> shown = new java.util.HashMap<>();
        table.rows().forEach(r -> shown.put(r.key(), r.cell(Measure.MODULES_COMPLETED).shown()));
        assertEquals(Cell.Shown.FEWER_THAN_FIVE, shown.get("2.6"));
        assertEquals(Cell.Shown.PROTECTS_ANOTHER, shown.get("4.2"), "the next smallest, 7 learners");
        assertEquals(Cell.Shown.YES, shown.get("2.3"));
        ReportTable areas = read(() -> world.reports.table(world.admin(), ReportFilter.of(ReportDataSet.PERIOD),
                Dimension.DIGCOMP_AREA, List.of(Measure.MODULES_COMPLETED), Locale.ENGLISH));
        assertEquals(23.0, areas.rows().stream().filter(r -> r.key().equals("2")).findFirst().orElseThrow()
                .cell(Measure.MODULES_COMPLETED).visibleValue(), "a module with two competences of one area counts once there");
        assertTrue(table.rows().stream().anyMatch(r -> r.label().equals("2.3 Engaging in citizenship (public and private services)")));
    }

    @Test
    void theLearnersViewOfEachModule() {
        ReportTable table = read(() -> world.reports.report(world.admin(), ReportKind.FEEDBACK,
                ReportFilter.of(ReportDataSet.PERIOD), null, Locale.ENGLISH).get(0));
        ReportRow booking = table.rows().stream().filter(r -> r.key().equals(ReportDataSet.BOOK)).findFirst().orElseThrow();
        assertEquals(12.0, booking.cell(Measure.FEEDBACK_ANSWERS).value(), "8 + 3 + 1 answers");
        assertEquals(100.0 * 6 / 12, booking.cell(Measure.USEFUL_VERY).value(), 1e-9);
        assertEquals(100.0 * 3 / 12, booking.cell(Measure.USEFUL_A_LITTLE).value(), 1e-9);
        assertEquals(100.0 * 3 / 12, booking.cell(Measure.HARD_WORDS).value(), 1e-9);
        assertEquals(100.0 * 3 / 12, booking.cell(Measure.HARD_SCREEN).value(), 1e-9);
        ReportRow signIn = table.rows().stream().filter(r -> r.key().equals(ReportDataSet.SIGN_IN)).findFirst().orElseThrow();
        assertEquals(Cell.Shown.FEWER_THAN_FIVE, signIn.cell(Measure.USEFUL_VERY).shown(), "3 learners answered");
        assertEquals(Cell.Shown.PROTECTS_ANOTHER, booking.cell(Measure.USEFUL_VERY).shown(),
                "with two modules only, the total would give the small one away");
        assertEquals(Cell.Shown.YES, table.total().cell(Measure.FEEDBACK_ANSWERS).shown());

        ReportTable athens = read(() -> world.reports.report(world.coordinatorOf(world.athens, false), ReportKind.FEEDBACK,
                ReportFilter.of(ReportDataSet.PERIOD), null, Locale.ENGLISH).get(0));
        assertEquals(100.0 * 5 / 8, athens.rows().get(0).cell(Measure.USEFUL_VERY).visibleValue(), 1e-9,
                "in Athens only the booking module has answers, from 8 learners: shown");
    }

    @Test
    void theTablesOfAReportAreLabelledInTheReadersLanguage() {
        List<ReportTable> greek = read(() -> world.reports.report(world.admin(), ReportKind.DASHBOARD,
                ReportFilter.of(ReportDataSet.PERIOD), null, Locale.forLanguageTag("el")));
        assertEquals(4, greek.size());
        assertEquals("Σύνολο", greek.get(0).total().label());
        assertTrue(greek.get(1).rows().get(0).label().toLowerCase(Locale.forLanguageTag("el")).contains("ιαν"),
                greek.get(1).rows().get(0).label());
        Set<String> organisations = new HashSet<>();
        greek.get(2).rows().forEach(r -> organisations.add(r.label()));
        assertEquals(Set.of("Athens helps", "Torino digitale", "Piraeus bridge"), organisations);
    }
}

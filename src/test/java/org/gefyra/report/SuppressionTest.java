package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hiding rule on small tables made by hand. */
class SuppressionTest {

    private static final Measure M = Measure.MODULES_COMPLETED;

    private static ReportTable table(long total, long... learners) {
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < learners.length; i++) {
            rows.add(new ReportRow("r" + i, "Row " + i, Map.of(M, Cell.of((double) learners[i], learners[i]))));
        }
        return Suppression.apply(new ReportTable(Dimension.SITE, List.of(M), rows,
                new ReportRow("", "Total", Map.of(M, Cell.of((double) total, total)))));
    }

    private static List<Cell.Shown> shown(ReportTable table) {
        List<Cell.Shown> shown = new ArrayList<>(table.rows().stream().map(r -> r.cell(M).shown()).toList());
        shown.add(table.total().cell(M).shown());
        return shown;
    }

    @Test
    void nothingSmallNothingHidden() {
        assertEquals(List.of(Cell.Shown.YES, Cell.Shown.YES, Cell.Shown.YES), shown(table(17, 5, 12)));
    }

    @Test
    void zeroIsNoOneAndIsShown() {
        assertEquals(List.of(Cell.Shown.YES, Cell.Shown.YES, Cell.Shown.YES), shown(table(9, 0, 9)));
    }

    @Test
    void oneSmallRowTakesTheNextSmallestWithIt() {
        assertEquals(List.of(Cell.Shown.FEWER_THAN_FIVE, Cell.Shown.YES, Cell.Shown.PROTECTS_ANOTHER, Cell.Shown.YES),
                shown(table(29, 3, 20, 6)));
    }

    @Test
    void twoSmallRowsThatTogetherAreStillFewerThanFiveTakeAThird() {
        assertEquals(List.of(Cell.Shown.FEWER_THAN_FIVE, Cell.Shown.FEWER_THAN_FIVE, Cell.Shown.PROTECTS_ANOTHER,
                Cell.Shown.YES, Cell.Shown.YES), shown(table(28, 1, 2, 7, 18)));
    }

    @Test
    void twoSmallRowsOfFiveTogetherAreEnough() {
        assertEquals(List.of(Cell.Shown.FEWER_THAN_FIVE, Cell.Shown.FEWER_THAN_FIVE, Cell.Shown.YES, Cell.Shown.YES),
                shown(table(25, 2, 3, 20)));
    }

    @Test
    void whenNoOtherRowCanBeHiddenTheTotalIs() {
        assertEquals(List.of(Cell.Shown.FEWER_THAN_FIVE, Cell.Shown.YES, Cell.Shown.PROTECTS_ANOTHER),
                shown(table(7, 3, 0)));
    }

    @Test
    void aSmallTotalIsHiddenItself() {
        assertEquals(List.of(Cell.Shown.FEWER_THAN_FIVE, Cell.Shown.FEWER_THAN_FIVE), shown(table(3, 3)));
    }
}

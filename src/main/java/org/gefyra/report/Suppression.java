package org.gefyra.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hides what could point at a person. A figure resting on one to four distinct learners is shown as
 * "fewer than 5" (zero is no one, and is shown). Then, in each column, the hidden figures must not
 * be worked out by subtracting the shown rows from the total: when a column hides any figure, it
 * hides at least two, resting together on at least five learners, taking the next smallest rows
 * as well; when there are no more rows to take, the total is hidden instead.
 */
public final class Suppression {

    private Suppression() {
    }

    public static ReportTable apply(ReportTable table) {
        List<Map<Measure, Cell>> rows = new ArrayList<>();
        table.rows().forEach(row -> rows.add(new HashMap<>(row.cells())));
        Map<Measure, Cell> total = new HashMap<>(table.total().cells());
        for (Measure measure : table.measures()) {
            protect(measure, rows, total);
        }
        List<ReportRow> protectedRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReportRow row = table.rows().get(i);
            protectedRows.add(new ReportRow(row.key(), row.label(), Map.copyOf(rows.get(i))));
        }
        ReportRow totalRow = new ReportRow(table.total().key(), table.total().label(), Map.copyOf(total));
        return new ReportTable(table.dimension(), table.measures(), List.copyOf(protectedRows), totalRow);
    }

    private static void protect(Measure measure, List<Map<Measure, Cell>> rows, Map<Measure, Cell> total) {
        List<Map<Measure, Cell>> hidden = new ArrayList<>(rows.stream()
                .filter(cells -> cell(cells, measure).isHidden()).toList());
        if (hidden.isEmpty() || !cell(total, measure).isShown()) {
            return;
        }
        long hiddenLearners = hidden.stream().mapToLong(cells -> cell(cells, measure).learners()).sum();
        while (hidden.size() < 2 || hiddenLearners < Cell.SMALLEST_GROUP) {
            Map<Measure, Cell> next = rows.stream()
                    .filter(cells -> cell(cells, measure).isShown() && cell(cells, measure).learners() > 0)
                    .min(Comparator.comparingLong(cells -> cell(cells, measure).learners()))
                    .orElse(null);
            if (next == null) {
                total.put(measure, cell(total, measure).protectingAnother());
                return;
            }
            next.put(measure, cell(next, measure).protectingAnother());
            hidden.add(next);
            hiddenLearners += cell(next, measure).learners();
        }
    }

    private static Cell cell(Map<Measure, Cell> cells, Measure measure) {
        Cell cell = cells.get(measure);
        return cell == null ? Cell.notAvailable() : cell;
    }
}

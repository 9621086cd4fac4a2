package org.gefyra.report.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.gefyra.report.Cell;
import org.gefyra.report.Measure;
import org.gefyra.report.ReportFormat;
import org.gefyra.report.ReportRow;
import org.gefyra.report.ReportTable;

/** A report table as the page writes it: caption, column headings, rows of written figures, the total last. */
public record ReportTableView(String id, String caption, List<String> header, List<RowView> rows, RowView total,
        ReportTable table) implements Serializable {

    /** One row: its name and its figures. */
    public record RowView(String label, List<CellView> cells) implements Serializable {
    }

    /** One written figure; {@code style} marks hidden figures and those that do not apply. */
    public record CellView(String text, String style) implements Serializable {
    }

    static ReportTableView of(String id, ReportTable table, boolean withLearners, ReportFormat format) {
        List<String> header = new ArrayList<>();
        header.add(format.dimension(table.dimension()));
        for (Measure measure : table.measures()) {
            header.add(format.measure(measure));
            if (withLearners) {
                header.add(format.text("reports.restsOn"));
            }
        }
        List<RowView> rows = table.rows().stream().map(r -> row(r, table, withLearners, format)).toList();
        return new ReportTableView(id, format.caption(table.dimension()), header, rows,
                row(table.total(), table, withLearners, format), table);
    }

    private static RowView row(ReportRow row, ReportTable table, boolean withLearners, ReportFormat format) {
        List<CellView> cells = new ArrayList<>();
        for (Measure measure : table.measures()) {
            Cell cell = row.cell(measure);
            cells.add(new CellView(format.value(measure, cell), style(cell)));
            if (withLearners) {
                cells.add(new CellView(format.learners(cell), style(cell) + " rests-on"));
            }
        }
        return new RowView(row.label(), cells);
    }

    private static String style(Cell cell) {
        return switch (cell.shown()) {
            case YES -> "figure";
            case FEWER_THAN_FIVE, PROTECTS_ANOTHER -> "figure is-hidden";
            case NOT_AVAILABLE -> "figure is-none";
        };
    }
}

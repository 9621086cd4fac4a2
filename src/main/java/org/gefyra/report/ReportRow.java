package org.gefyra.report;

import java.util.Map;

/** One row of a report table: its key (an organisation's id, a module's id, a month, ...), its label, and its figures. */
public record ReportRow(String key, String label, Map<Measure, Cell> cells) {

    public Cell cell(Measure measure) {
        Cell cell = cells.get(measure);
        return cell == null ? Cell.notAvailable() : cell;
    }
}

package org.gefyra.report;

import java.util.List;

/** A report table: one row per value of the dimension, and the total, with small groups already hidden. */
public record ReportTable(Dimension dimension, List<Measure> measures, List<ReportRow> rows, ReportRow total) {
}

package org.gefyra.report.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.gefyra.report.Cell;
import org.gefyra.report.Measure;
import org.gefyra.report.ReportFormat;
import org.gefyra.report.ReportRow;
import org.gefyra.report.ReportTable;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' chart: only figures a table
 * shows go in; a hidden figure leaves a gap. Every chart has its table beside it, for screen
 * readers and for anyone who wants the numbers.
 */
final class ReportCharts {

    private static final List<String> COLOURS = List.of("#0a4f8f", "#b35900", "#2e7d32", "#6a1b9a", "#8a6100", "#00695c");

    private ReportCharts() {
    }

    /** A line per measure over the rows (months). */
    static String lines(ReportTable table, List<Measure> measures, ReportFormat format, boolean rtl) {
        return chart("line", table, measures, format, rtl, false);
    }

    /** Bars per row (organisations, competences), one colour per measure; horizontal when {@code across}. */
    static String bars(ReportTable table, List<Measure> measures, ReportFormat format, boolean rtl, boolean across) {
        return chart("bar", table, measures, format, rtl, across);
    }

    private static String chart(String type, ReportTable table, List<Measure> measures, ReportFormat format, boolean rtl,
            boolean across) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        table.rows().forEach(row -> labels.add(row.label()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < measures.size(); i++) {
            Measure measure = measures.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (ReportRow row : table.rows()) {
                Cell cell = row.cell(measure);
                if (cell.visibleValue() == null) {
                    data.addNull();
                } else {
                    data.add(Math.round(cell.visibleValue() * 10) / 10.0);
                }
            }
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(Json.createObjectBuilder().add("label", format.measure(measure)).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("fill", false).add("spanGaps", false));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("rtl", rtl).add("position", "bottom"))
                        .add("tooltip", Json.createObjectBuilder().add("rtl", rtl)))
                .add("scales", Json.createObjectBuilder()
                        .add(across ? "x" : "y", Json.createObjectBuilder().add("beginAtZero", true))
                        .add(across ? "y" : "x", Json.createObjectBuilder().add("reverse", rtl && !across)));
        if (across) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}

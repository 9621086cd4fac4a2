package org.gefyra.report;

import java.util.List;

/**
 * A report as the exports write it, every word already in the reader's language and every small
 * group already hidden: a title, what it covers (period, filters, when it was made, the privacy
 * rule) and its tables.
 */
public record ReportDocument(String title, String language, List<String> about, List<Table> tables) {

    /** A table: its caption, the names of its columns, and its rows (the total last). */
    public record Table(String caption, List<String> header, List<List<Entry>> rows) {
    }

    /** One cell: as written, and its number when it shows one (for spreadsheets). */
    public record Entry(String text, Double number, Measure.Kind kind) {
        public static Entry text(String text) {
            return new Entry(text, null, null);
        }
    }
}

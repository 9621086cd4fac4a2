package org.gefyra.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A report as CSV (RFC 4180), in UTF-8 with a byte order mark so that spreadsheets read Greek and
 * Arabic right: the title and what it covers, then each table under its caption, figures as the
 * page writes them. A cell that a spreadsheet would take for a formula is written as text.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static void write(ReportDocument document, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            line(writer, List.of(document.title()));
            for (String about : document.about()) {
                line(writer, List.of(about));
            }
            for (ReportDocument.Table table : document.tables()) {
                writer.write("\r\n");
                line(writer, List.of(table.caption()));
                line(writer, table.header());
                for (List<ReportDocument.Entry> row : table.rows()) {
                    line(writer, row.stream().map(ReportDocument.Entry::text).toList());
                }
            }
            writer.flush();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        writer.write(cells.stream().map(CsvExport::cell).collect(Collectors.joining(",")));
        writer.write("\r\n");
    }

    static String cell(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !value.matches("[+-][0-9.,\\s]+")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}

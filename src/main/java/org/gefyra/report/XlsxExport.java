package org.gefyra.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as an Excel workbook: one sheet per table, under the title and what the report
 * covers; shown figures are numbers (percentages as fractions formatted as percent), hidden ones
 * the words the page uses. Arabic sheets read right to left.
 */
public final class XlsxExport {

    private XlsxExport() {
    }

    public static void write(ReportDocument document, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (ReportDocument.Table table : document.tables()) {
                Sheet sheet = workbook.createSheet(sheetName(table.caption(), names));
                sheet.setRightToLeft(org.gefyra.shared.i18n.Languages.isRightToLeft(document.language()));
                int r = 0;
                text(sheet.createRow(r++), 0, document.title(), styles.bold);
                for (String about : document.about()) {
                    text(sheet.createRow(r++), 0, about, null);
                }
                r++;
                text(sheet.createRow(r++), 0, table.caption(), styles.bold);
                Row header = sheet.createRow(r++);
                for (int c = 0; c < table.header().size(); c++) {
                    text(header, c, table.header().get(c), styles.bold);
                }
                for (List<ReportDocument.Entry> entries : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < entries.size(); c++) {
                        ReportDocument.Entry entry = entries.get(c);
                        if (entry.number() == null) {
                            text(row, c, entry.text(), null);
                        } else {
                            Cell cell = row.createCell(c);
                            boolean percent = entry.kind() == Measure.Kind.PERCENT;
                            cell.setCellValue(percent ? entry.number() / 100.0 : entry.number());
                            cell.setCellStyle(styles.of(entry.kind()));
                        }
                    }
                }
                sheet.setColumnWidth(0, 40 * 256);
                for (int c = 1; c < table.header().size(); c++) {
                    sheet.setColumnWidth(c, 16 * 256);
                }
            }
            if (document.tables().isEmpty()) {
                text(workbook.createSheet("Gefyra").createRow(0), 0, document.title(), styles.bold);
            }
            workbook.write(out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String sheetName(String caption, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(caption.length() > 28 ? caption.substring(0, 28) : caption);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase()); i++) {
            name = base + " " + i;
        }
        return name;
    }

    private static final class Styles {
        final CellStyle bold;
        private final Map<Measure.Kind, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            Map<Measure.Kind, String> formats = Map.of(Measure.Kind.COUNT, "#,##0", Measure.Kind.HOURS, "#,##0.0",
                    Measure.Kind.MINUTES, "0.0", Measure.Kind.RATING, "0.0", Measure.Kind.GAIN, "+0.0;-0.0;0.0",
                    Measure.Kind.PERCENT, "0%");
            formats.forEach((kind, pattern) -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
                numbers.put(kind, style);
            });
        }

        CellStyle of(Measure.Kind kind) {
            return numbers.get(kind == null ? Measure.Kind.COUNT : kind);
        }
    }
}

package org.gefyra.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The exports, read back as a coordinator's spreadsheet or PDF reader would: the same figures, the same hiding. */
class ReportExportsTest {

    static ReportWorld world;
    static ReportDocument english;

    @BeforeAll
    static void setUp() {
        world = ReportWorld.shared();
        english = ReportWorld.read(() -> world.documents.document(world.admin(), ReportKind.DASHBOARD,
                ReportFilter.of(ReportDataSet.PERIOD), null, Locale.ENGLISH));
    }

    @Test
    void theCsvHoldsTheFiltersAndTheFiguresWithSmallGroupsHidden() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(english, out);
        byte[] bytes = out.toByteArray();
        assertEquals(0xEF, bytes[0] & 0xff, "a byte order mark for spreadsheets");
        List<List<String>> rows = parseCsv(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertEquals(List.of("Overview"), rows.get(0));
        assertEquals(List.of("Period: January 1, 2025 to March 31, 2025"), rows.get(1));
        assertEquals(List.of("Organisations: all 3 organisations"), rows.get(2));
        List<String> header = row(rows, "All");
        List<String> total = rows.get(rows.indexOf(header) + 1);
        assertEquals("26", total.get(header.indexOf("Learners active")));
        assertEquals("73%", total.get(header.indexOf("Completion rate")), "16 of 22");
        assertEquals("7", total.get(header.indexOf("Sessions held")));
        assertEquals("29", total.get(header.indexOf("Attendance")));
        assertEquals("fewer than 5", row(rows, "Piraeus bridge").get(1));
        assertEquals("hidden", row(rows, "Torino digitale").get(1));
        assertEquals("14", row(rows, "Athens helps").get(1));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).startsWith("Any figure that rests on fewer than 5 learners")));
    }

    @Test
    void theCsvIsInTheCoordinatorsLanguage() {
        ReportDocument greek = ReportWorld.read(() -> world.documents.document(world.coordinatorOf(world.athens, true),
                ReportKind.COMPARE, ReportFilter.of(ReportDataSet.PERIOD), Dimension.ORGANISATION,
                Locale.forLanguageTag("el")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(greek, out);
        List<List<String>> rows = parseCsv(out.toString(StandardCharsets.UTF_8).substring(1));
        assertEquals(List.of("Σύγκριση τόπων"), rows.get(0));
        List<String> piraeus = row(rows, "Piraeus bridge");
        assertEquals("κάτω από 5", piraeus.get(1));
        List<String> header = row(rows, "Φορέας");
        assertEquals("Εκπαιδευόμενοι", header.get(2), "the learners each rate rests on, beside it");
        assertEquals("14", row(rows, "Athens helps").get(2));
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsWrittenAsText() {
        assertEquals("'=HYPERLINK(\"x\")", CsvExport.cell("=HYPERLINK(\"x\")").replace("\"\"", "\"").replaceAll("^\"|\"$", ""));
        assertEquals("+0.8", CsvExport.cell("+0.8"), "a gain stays a number");
        assertEquals("\"Athens, library\"", CsvExport.cell("Athens, library"));
    }

    @Test
    void theWorkbookHasASheetPerTableWithNumbersAsNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(english, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(4, workbook.getNumberOfSheets());
            assertEquals("Headline figures", workbook.getSheetName(0));
            Sheet headline = workbook.getSheetAt(0);
            Row header = find(headline, "All");
            Row total = headline.getRow(header.getRowNum() + 1);
            int learners = column(header, "Learners active");
            assertEquals(CellType.NUMERIC, total.getCell(learners).getCellType());
            assertEquals(26.0, total.getCell(learners).getNumericCellValue());
            int rate = column(header, "Completion rate");
            assertEquals(16.0 / 22, total.getCell(rate).getNumericCellValue(), 1e-9, "a percentage as a fraction");
            assertEquals("0%", total.getCell(rate).getCellStyle().getDataFormatString());
            Sheet places = workbook.getSheet("By organisation");
            assertEquals("fewer than 5", find(places, "Piraeus bridge").getCell(1).getStringCellValue());
            assertEquals("hidden", find(places, "Torino digitale").getCell(1).getStringCellValue());
        }
    }

    @Test
    void thePdfSaysTheSameInWordsAndArabicReadsRightToLeft() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExport.write(english, out);
        String text = text(out.toByteArray());
        assertTrue(text.contains("Overview"), text);
        assertTrue(text.contains("Period: January 1, 2025 to March 31, 2025"), text);
        assertTrue(text.contains("Piraeus bridge fewer than 5"), text);
        assertTrue(text.contains("Athens helps 14"), text);

        ReportDocument arabic = ReportWorld.read(() -> world.documents.document(world.admin(), ReportKind.TABLE,
                ReportFilter.of(ReportDataSet.PERIOD), Dimension.ORGANISATION, Locale.forLanguageTag("ar")));
        out.reset();
        PdfExport.write(arabic, out);
        String arabicText = text(out.toByteArray());
        assertTrue(arabicText.contains("أقل من 5"), arabicText);
        assertTrue(arabicText.contains("كل الأرقام حسب"), arabicText);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Row find(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(first)) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    private static int column(Row header, String name) {
        for (org.apache.poi.ss.usermodel.Cell cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static List<String> row(List<List<String>> rows, String first) {
        return rows.stream().filter(r -> r.get(0).equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + first + " in " + rows));
    }

    /** RFC 4180, as a spreadsheet reads it. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}

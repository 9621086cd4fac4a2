package org.gefyra.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.gefyra.shared.i18n.Languages;

/**
 * A report as a PDF on A4 landscape pages, in the reader's language (right to left for Arabic):
 * the title and what it covers, then each table; a table too wide for the page is cut into parts
 * of a few figures each, every part with the rows' names again.
 */
public final class PdfExport {

    /** The most figure columns in one part of a table. */
    static final int COLUMNS_PER_PART = 6;

    private static final Color BLUE = new Color(0x0a, 0x4f, 0x8f);
    private static final Color SHADE = new Color(0xea, 0xf0, 0xf7);

    private PdfExport() {
    }

    public static void write(ReportDocument report, OutputStream out) {
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        boolean rtl = Languages.isRightToLeft(report.language());
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.open();
            BaseFont regular = font("DejaVuSans.ttf");
            BaseFont bold = font("DejaVuSans-Bold.ttf");
            Font title = new Font(bold, 18, Font.NORMAL, BLUE);
            Font text = new Font(regular, 9);
            Font head = new Font(bold, 8);
            Font small = new Font(regular, 8);
            document.add(block(report.title(), title, rtl, 8));
            for (String about : report.about()) {
                document.add(block(about, text, rtl, 2));
            }
            for (ReportDocument.Table table : report.tables()) {
                document.add(block(table.caption(), new Font(bold, 12, Font.NORMAL, BLUE), rtl, 4));
                for (List<Integer> part : parts(table.header().size())) {
                    PdfPTable pdf = new PdfPTable(part.size());
                    pdf.setWidthPercentage(100);
                    pdf.setHeaderRows(1);
                    pdf.setSpacingAfter(10);
                    pdf.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
                    float[] widths = new float[part.size()];
                    for (int i = 0; i < widths.length; i++) {
                        widths[i] = i == 0 ? 3f : 1.3f;
                    }
                    pdf.setWidths(widths);
                    for (int c : part) {
                        pdf.addCell(cell(table.header().get(c), head, rtl, SHADE));
                    }
                    for (List<ReportDocument.Entry> row : table.rows()) {
                        for (int c : part) {
                            pdf.addCell(cell(row.get(c).text(), small, rtl, null));
                        }
                    }
                    document.add(pdf);
                }
            }
            document.close();
        } catch (DocumentException failed) {
            throw new IllegalStateException("Cannot write the report", failed);
        }
    }

    /** The columns of each part: the rows' names, then a few figures. */
    static List<List<Integer>> parts(int columns) {
        List<List<Integer>> parts = new ArrayList<>();
        for (int start = 1; start < columns; start += COLUMNS_PER_PART) {
            List<Integer> part = new ArrayList<>(List.of(0));
            for (int c = start; c < Math.min(columns, start + COLUMNS_PER_PART); c++) {
                part.add(c);
            }
            parts.add(part);
        }
        if (parts.isEmpty()) {
            parts.add(List.of(0));
        }
        return parts;
    }

    private static Element block(String text, Font font, boolean rtl, float after) {
        PdfPTable holder = new PdfPTable(1);
        holder.setWidthPercentage(100);
        holder.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        holder.setSpacingAfter(after);
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setArabicOptions(0);
        holder.addCell(cell);
        return holder;
    }

    private static PdfPCell cell(String text, Font font, boolean rtl, Color background) {
        PdfPCell cell = new PdfPCell(new Paragraph(text, font));
        cell.setPadding(3);
        cell.setArabicOptions(0);
        cell.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static BaseFont font(String file) {
        try (InputStream in = PdfExport.class.getResourceAsStream("/org/gefyra/fonts/" + file)) {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException unreadable) {
            throw new UncheckedIOException(new IOException("Font " + file + " cannot be read", unreadable));
        }
    }
}

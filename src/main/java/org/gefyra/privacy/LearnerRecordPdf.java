package org.gefyra.privacy;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gefyra.shared.i18n.Languages;
import org.gefyra.shared.i18n.Texts;

/**
 * A learner's record as a PDF to read and hand over, in the educator's language (right to left
 * for Arabic): the learner's details, then a table for each kind of data, "none" where empty.
 */
public final class LearnerRecordPdf {

    private static final Color BLUE = new Color(0x0a, 0x4f, 0x8f);
    private static final Color LIGHT = new Color(0xe8, 0xef, 0xf7);

    private LearnerRecordPdf() {
    }

    public static void write(LearnerRecord record, String language, OutputStream out) {
        Locale locale = Locale.forLanguageTag(language);
        int direction = Languages.isRightToLeft(language) ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, out);
            String title = Texts.MESSAGES.format(locale, "privacy.export.title", record.displayName());
            document.addTitle(title);
            document.open();
            Font regular = new Font(font("DejaVuSans.ttf"), 9);
            Font bold = new Font(font("DejaVuSans-Bold.ttf"), 9);
            Font heading = new Font(font("DejaVuSans-Bold.ttf"), 14, Font.NORMAL, BLUE);
            document.add(table(List.of(cell(title, new Font(font("DejaVuSans-Bold.ttf"), 18, Font.NORMAL, BLUE), null)),
                    1, direction));
            document.add(table(List.of(cell(Texts.MESSAGES.format(locale, "privacy.export.madeOn",
                    java.util.Date.from(record.exportedAt())), regular, null)), 1, direction));
            document.add(new Paragraph(" "));
            PdfPTable facts = new PdfPTable(2);
            facts.setWidthPercentage(100);
            facts.setRunDirection(direction);
            for (Map.Entry<String, String> fact : record.facts().entrySet()) {
                facts.addCell(cell(label(locale, fact.getKey()), bold, LIGHT));
                facts.addCell(cell(fact.getValue(), regular, null));
            }
            document.add(facts);
            for (LearnerRecord.Section section : record.sections()) {
                document.add(new Paragraph(" "));
                document.add(table(List.of(cell(Texts.MESSAGES.format(locale, "privacy.export.section." + section.name()),
                        heading, null)), 1, direction));
                if (section.rows().isEmpty()) {
                    document.add(table(List.of(cell(Texts.MESSAGES.format(locale, "privacy.export.none"), regular, null)),
                            1, direction));
                    continue;
                }
                PdfPTable rows = new PdfPTable(section.columns().size());
                rows.setWidthPercentage(100);
                rows.setRunDirection(direction);
                rows.setHeaderRows(1);
                section.columns().forEach(column -> rows.addCell(cell(label(locale, column), bold, LIGHT)));
                section.rows().forEach(row -> row.forEach(value -> rows.addCell(cell(value, regular, null))));
                document.add(rows);
            }
            document.close();
        } catch (DocumentException failed) {
            throw new IllegalStateException("Cannot write the learner's record", failed);
        }
    }

    private static String label(Locale locale, String key) {
        return Texts.MESSAGES.format(locale, "privacy.export." + key);
    }

    private static PdfPTable table(List<PdfPCell> cells, int columns, int direction) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setRunDirection(direction);
        cells.forEach(cell -> {
            cell.setBorder(0);
            table.addCell(cell);
        });
        return table;
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setArabicOptions(0);
        cell.setPadding(4);
        cell.setHorizontalAlignment(Element.ALIGN_LEFT);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static BaseFont font(String file) {
        try (InputStream in = LearnerRecordPdf.class.getResourceAsStream("/org/gefyra/fonts/" + file)) {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException unreadable) {
            throw new UncheckedIOException(new IOException("Font " + file + " cannot be read", unreadable));
        }
    }
}

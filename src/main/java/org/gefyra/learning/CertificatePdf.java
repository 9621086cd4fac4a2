package org.gefyra.learning;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.gefyra.shared.i18n.Languages;
import org.gefyra.shared.i18n.Texts;

/**
 * Writes a certificate as a one-page PDF, in the learner's language, right to left for Arabic.
 * The embedded DejaVu Sans font covers Latin, Greek, Cyrillic and Arabic.
 */
public final class CertificatePdf {

    private static final Color INK = new Color(0x1b, 0x1b, 0x1f);
    private static final Color BLUE = new Color(0x0a, 0x4f, 0x8f);

    private CertificatePdf() {
    }

    public static void write(Certificate certificate, OutputStream out) {
        Locale locale = Locale.forLanguageTag(certificate.language());
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 60, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(Texts.MESSAGES.format(locale, "certificate.title") + " · " + certificate.moduleTitle());
            document.open();
            border(writer.getDirectContent(), document.getPageSize());
            BaseFont regular = font("DejaVuSans.ttf");
            BaseFont bold = font("DejaVuSans-Bold.ttf");
            ColumnText column = new ColumnText(writer.getDirectContent());
            column.setSimpleColumn(90, 80, document.getPageSize().getWidth() - 90, document.getPageSize().getHeight() - 90);
            if (Languages.isRightToLeft(certificate.language())) {
                column.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
                // Shaping only: the optional ligatures are missing from the font and would drop letters.
                column.setArabicOptions(0);
            }
            column.addElement(line(Texts.MESSAGES.format(locale, "certificate.title"), new Font(bold, 34, Font.NORMAL, BLUE), 24));
            if (certificate.isForGuest()) {
                column.addElement(line(Texts.MESSAGES.format(locale, "certificate.completedGuest"), new Font(regular, 20, Font.NORMAL, INK), 10));
            } else {
                column.addElement(line(certificate.learnerName(), new Font(bold, 28, Font.NORMAL, INK), 14));
                column.addElement(line(Texts.MESSAGES.format(locale, "certificate.completed"), new Font(regular, 16, Font.NORMAL, INK), 10));
            }
            column.addElement(line(certificate.moduleTitle(), new Font(bold, 24, Font.NORMAL, INK), 20));
            column.addElement(line(certificate.canDo(), new Font(regular, 18, Font.NORMAL, INK), 28));
            column.addElement(line(certificate.completedOnText(), new Font(regular, 14, Font.NORMAL, INK), 6));
            column.addElement(line("Gefyra", new Font(bold, 14, Font.NORMAL, BLUE), 0));
            column.go();
            document.close();
        } catch (DocumentException failed) {
            throw new IllegalStateException("Cannot write the certificate", failed);
        }
    }

    private static Paragraph line(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private static void border(PdfContentByte canvas, Rectangle page) {
        canvas.setColorStroke(BLUE);
        canvas.setLineWidth(6);
        canvas.rectangle(30, 30, page.getWidth() - 60, page.getHeight() - 60);
        canvas.stroke();
    }

    private static BaseFont font(String file) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/org/gefyra/fonts/" + file)) {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException unreadable) {
            throw new UncheckedIOException(new IOException("Font " + file + " cannot be read", unreadable));
        }
    }
}

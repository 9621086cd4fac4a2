package org.gefyra.learner;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.BarcodeFormat;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gefyra.shared.i18n.Texts;

/**
 * Login cards as a PDF to print on A4 and cut out: ten cards of credit-card size a page, each
 * with the learner's name and picture, a QR code of the card's code, the code to type, and how to
 * use it in the learner's language. The QR code holds only the code, as printed (ABCD-EFGH-JKLM):
 * no address, so that a phone that reads it opens nothing.
 */
public final class CardSheet {

    private static final float MM = 72f / 25.4f;
    static final float CARD_WIDTH = 85.6f * MM;
    static final float CARD_HEIGHT = 54f * MM;
    private static final int COLUMNS = 2;
    private static final int ROWS = 5;
    private static final float PAD = 9;
    private static final float QR_SIZE = 30 * MM;
    private static final float PICTURE_SIZE = 15 * MM;
    private static final Color INK = new Color(0x1b, 0x1b, 0x1f);
    private static final Color BLUE = new Color(0x0a, 0x4f, 0x8f);
    private static final Color CUT = new Color(0x9a, 0x9a, 0xa3);
    private static final Map<Picture, byte[]> PICTURES = new EnumMap<>(Picture.class);

    private CardSheet() {
    }

    public static void write(List<IssuedCard> cards, Locale pageLanguage, OutputStream out) {
        if (cards.isEmpty()) {
            throw new IllegalArgumentException("no cards to print");
        }
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(Texts.MESSAGES.format(pageLanguage, "cards.pdf.title"));
            document.open();
            BaseFont regular = font("DejaVuSans.ttf");
            BaseFont bold = font("DejaVuSans-Bold.ttf");
            float left = (PageSize.A4.getWidth() - COLUMNS * CARD_WIDTH) / 2;
            float top = PageSize.A4.getHeight() - (PageSize.A4.getHeight() - ROWS * CARD_HEIGHT) / 2;
            for (int i = 0; i < cards.size(); i++) {
                int place = i % (COLUMNS * ROWS);
                if (place == 0 && i > 0) {
                    document.newPage();
                }
                float x = left + (place % COLUMNS) * CARD_WIDTH;
                float y = top - (place / COLUMNS + 1) * CARD_HEIGHT;
                card(writer.getDirectContent(), cards.get(i), x, y, regular, bold);
            }
            document.close();
        } catch (DocumentException failed) {
            throw new IllegalStateException("Cannot write the login cards", failed);
        }
    }

    private static void card(PdfContentByte canvas, IssuedCard card, float x, float y, BaseFont regular, BaseFont bold)
            throws DocumentException {
        canvas.saveState();
        canvas.setColorStroke(CUT);
        canvas.setLineWidth(0.5f);
        canvas.setLineDash(3, 3, 0);
        canvas.rectangle(x, y, CARD_WIDTH, CARD_HEIGHT);
        canvas.stroke();
        canvas.restoreState();

        float top = y + CARD_HEIGHT - PAD;
        text(canvas, "Gefyra", new Font(bold, 11, Font.NORMAL, BLUE), x + PAD, top - 10, Element.ALIGN_LEFT);
        text(canvas, fit(card.siteName(), regular, 7, CARD_WIDTH - QR_SIZE - 3 * PAD), new Font(regular, 7, Font.NORMAL, INK),
                x + PAD, top - 20, Element.ALIGN_LEFT);
        canvas.addImage(picture(card.picture()), PICTURE_SIZE, 0, 0, PICTURE_SIZE, x + PAD, top - 24 - PICTURE_SIZE);

        name(canvas, card.displayName(), bold, x + PAD, y + PAD + 28, x + CARD_WIDTH - QR_SIZE - 2 * PAD,
                top - 26 - PICTURE_SIZE);

        qr(canvas, card.groupedCode(), x + CARD_WIDTH - PAD - QR_SIZE, top - QR_SIZE);

        Locale language = Locale.forLanguageTag(card.language());
        String howTo = Texts.MESSAGES.format(language, "cards.pdf.howTo");
        text(canvas, fit(howTo, regular, 6.5f, CARD_WIDTH - 2 * PAD), new Font(regular, 6.5f, Font.NORMAL, INK),
                x + CARD_WIDTH / 2, y + PAD + 19, Element.ALIGN_CENTER);
        text(canvas, card.groupedCode(), new Font(bold, 15, Font.NORMAL, INK), x + CARD_WIDTH / 2, y + PAD + 2,
                Element.ALIGN_CENTER);
    }

    /** One line of text, right to left where its letters are. */
    private static void text(PdfContentByte canvas, String text, Font font, float x, float y, int alignment) {
        boolean rightToLeft = text.codePoints().anyMatch(CardSheet::isRightToLeft);
        ColumnText.showTextAligned(canvas, rightToLeft && alignment == Element.ALIGN_LEFT ? Element.ALIGN_RIGHT : alignment,
                new Phrase(text, font), rightToLeft && alignment == Element.ALIGN_LEFT ? x + width(text, font) : x, y, 0,
                rightToLeft ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR, 0);
    }

    private static float width(String text, Font font) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    private static boolean isRightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** The name in the box, as large as it fits, on two lines if it must, right to left where its letters are. */
    private static void name(PdfContentByte canvas, String name, BaseFont bold, float left, float bottom, float right,
            float top) throws DocumentException {
        for (float size = 15; ; size -= 1) {
            ColumnText column = new ColumnText(canvas);
            boolean rightToLeft = name.codePoints().anyMatch(CardSheet::isRightToLeft);
            // Right to left, the alignments swap: this one keeps the name under the picture.
            column.setSimpleColumn(left, bottom, right, top, size * 1.15f, rightToLeft ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            if (rightToLeft) {
                column.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
                column.setArabicOptions(0);
            }
            column.addText(new Phrase(name, new Font(bold, size, Font.NORMAL, INK)));
            if (size <= 7 || !ColumnText.hasMoreText(column.go(true))) {
                column.setText(new Phrase(name, new Font(bold, size, Font.NORMAL, INK)));
                column.setYLine(top);
                column.go();
                return;
            }
        }
    }

    /** The text, shortened with an ellipsis until it fits the width. */
    private static String fit(String text, BaseFont font, float size, float width) {
        String fitted = text == null ? "" : text;
        while (fitted.length() > 1 && font.getWidthPoint(fitted, size) > width) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        return fitted;
    }

    private static void qr(PdfContentByte canvas, String content, float x, float y) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException impossible) {
            throw new IllegalStateException("A card code does not fit a QR code", impossible);
        }
        float module = QR_SIZE / matrix.getWidth();
        canvas.saveState();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int column = 0; column < matrix.getWidth(); column++) {
                if (matrix.get(column, row)) {
                    canvas.rectangle(x + column * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    /** The picture as a PNG (made from its SVG, which PDF cannot hold), read once. */
    private static Image picture(Picture picture) {
        byte[] png;
        synchronized (PICTURES) {
            png = PICTURES.computeIfAbsent(picture, p -> {
                try (InputStream in = CardSheet.class.getResourceAsStream(p.png())) {
                    if (in == null) {
                        throw new IOException("missing");
                    }
                    return in.readAllBytes();
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(new IOException("Picture " + p.png() + " cannot be read", unreadable));
                }
            });
        }
        try {
            return Image.getInstance(png);
        } catch (IOException | DocumentException unreadable) {
            throw new IllegalStateException("Picture " + picture + " is not an image", unreadable);
        }
    }

    private static BaseFont font(String file) {
        try (InputStream in = CardSheet.class.getResourceAsStream("/org/gefyra/fonts/" + file)) {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException | DocumentException unreadable) {
            throw new UncheckedIOException(new IOException("Font " + file + " cannot be read", unreadable));
        }
    }
}

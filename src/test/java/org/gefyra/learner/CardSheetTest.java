package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.gefyra.it.PrintedCards;
import org.junit.jupiter.api.Test;

/** Printed login cards: a camera reads each card's code from its QR code, and a person reads the name and the code. */
class CardSheetTest {

    @Test
    void eachCardCarriesItsNameAndTheCodeAsTextAndAsAQrCode() {
        IssuedCard maria = card(1, "Maria", "el", "ABCDEFGH2345");
        IssuedCard ahmed = card(2, "أحمد", "ar", "ZXCVBNMQ6789");
        byte[] pdf = write(List.of(maria, ahmed));

        assertEquals(List.of("ABCD-EFGH-2345", "ZXCV-BNMQ-6789").stream().sorted().toList(),
                PrintedCards.qrCodes(pdf).stream().sorted().toList(), "a camera reads each code");
        String text = PrintedCards.text(pdf);
        assertTrue(text.contains("Maria") && text.contains("ABCD-EFGH-2345"), text);
        assertTrue(text.contains("أحمد"), "an Arabic name in reading order:\n" + text);
        assertTrue(text.contains("ZXCV-BNMQ-6789"), text);
        assertTrue(text.contains("Central Library"), text);
    }

    @Test
    void aSheetHoldsTenCardsAPage() {
        List<IssuedCard> cards = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cards.add(card(i, "Learner " + i, "en", CardCode.random()));
        }
        byte[] pdf = write(cards);
        assertEquals(2, PrintedCards.pages(pdf));
        assertEquals(new HashSet<>(cards.stream().map(IssuedCard::groupedCode).toList()),
                new HashSet<>(PrintedCards.qrCodes(pdf)), "all twelve read back");
    }

    @Test
    void aVeryLongNameIsMadeSmallerNotCutOff() {
        String name = "Maria-Konstantina Papadopoulou";
        String text = PrintedCards.text(write(List.of(card(1, name, "el", CardCode.random()))));
        assertTrue(text.replaceAll("\\s", "").contains(name.replaceAll("\\s", "")), text);
    }

    @Test
    void nothingToPrintIsNoSheet() {
        assertThrows(IllegalArgumentException.class, () -> write(List.of()));
    }

    private static IssuedCard card(long id, String name, String language, String code) {
        return new IssuedCard(id, name, Picture.values()[(int) (id % Picture.values().length)], language, "Central Library", code);
    }

    private static byte[] write(List<IssuedCard> cards) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CardSheet.write(cards, Locale.ENGLISH, out);
        return out.toByteArray();
    }
}

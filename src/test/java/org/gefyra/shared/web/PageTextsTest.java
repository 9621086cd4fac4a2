package org.gefyra.shared.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** In Arabic, a user name or a payment reference inside a sentence keeps its own direction. */
class PageTextsTest {

    @Test
    void inArabicEachFilledInBlankIsIsolated() {
        assertArrayEquals(new Object[] {"\u2068maria.papadopoulou\u2069", "\u2068RF18 5390\u2069"},
                PageTexts.isolated(new Object[] {"maria.papadopoulou", "RF18 5390"}, Locale.forLanguageTag("ar")));
    }

    @Test
    void leftToRightLanguagesAreLeftAlone() {
        Object[] blanks = {"maria.papadopoulou", "10:30"};
        assertArrayEquals(blanks, PageTexts.isolated(blanks, Locale.forLanguageTag("el")));
        assertArrayEquals(blanks, PageTexts.isolated(blanks, Locale.ENGLISH));
    }

    @Test
    void numbersStayNumbersForPluralForms() {
        assertArrayEquals(new Object[] {3, "\u206810:30\u2069"}, PageTexts.isolated(new Object[] {3, "10:30"}, Locale.forLanguageTag("ar")));
    }
}

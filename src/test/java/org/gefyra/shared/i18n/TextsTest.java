package org.gefyra.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A learner reads every text in their language, or in English when a text is missing there, with
 * counts, numbers and dates written as their language writes them.
 */
class TextsTest {

    private static final Texts SANDBOX = Texts.of("org.gefyra.i18n.sandbox");
    private static final Texts TEST = Texts.of("org.gefyra.i18n.texts-test");

    private static String minutes(String language, int count) {
        return Texts.MESSAGES.format(Locale.forLanguageTag(language), "learn.minutes", count);
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "en | 1   | About 1 minute",
        "en | 5   | About 5 minutes",
        "el | 1   | Περίπου 1 λεπτό",
        "el | 5   | Περίπου 5 λεπτά",
        "it | 1   | Circa 1 minuto",
        "it | 5   | Circa 5 minuti",
        "sv | 1   | Ungefär 1 minut",
        "sv | 5   | Ungefär 5 minuter",
        "ar | 1   | حوالي دقيقة واحدة",
        "ar | 2   | حوالي دقيقتين",
        "ar | 5   | حوالي 5 دقائق",
        "ar | 15  | حوالي 15 دقيقة",
        "ar | 100 | حوالي 100 دقيقة",
    })
    void aCountTakesTheFormItsLanguageGivesIt(String language, int count, String expected) {
        assertEquals(expected, minutes(language, count));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en | 1 step, about 1 minute.              | 7 steps, about 15 minutes.",
        "el | 1 βήμα, περίπου 1 λεπτό.             | 7 βήματα, περίπου 15 λεπτά.",
        "it | 1 passo, circa 1 minuto.             | 7 passi, circa 15 minuti.",
        "sv | 1 steg, ungefär 1 minut.             | 7 steg, ungefär 15 minuter.",
        "ar | خطوة واحدة، المدة: حوالي دقيقة واحدة. | 7 خطوات، المدة: حوالي 15 دقيقة.",
    })
    void twoCountsInOneTextEachTakeTheirOwnForm(String language, String one, String many) {
        Locale locale = Locale.forLanguageTag(language);
        assertEquals(one, Texts.MESSAGES.format(locale, "learn.module.facts", 1, 1));
        assertEquals(many, Texts.MESSAGES.format(locale, "learn.module.facts", 7, 15));
    }

    @Test
    void aTextKeptForItsNumbersIsKeptForThoseNumbersOnly() {
        Locale greek = Locale.forLanguageTag("el");
        for (int round = 0; round < 2; round++) {
            assertEquals("1 βήμα, περίπου 1 λεπτό.", Texts.MESSAGES.format(greek, "learn.module.facts", 1, 1));
            assertEquals("7 βήματα, περίπου 15 λεπτά.", Texts.MESSAGES.format(greek, "learn.module.facts", 7, 15));
            assertEquals("7 βήματα, περίπου 15 λεπτά.", Texts.MESSAGES.format(greek, "learn.module.facts", 7L, 15L));
            assertEquals("1 step, about 1 minute.", Texts.MESSAGES.format(Locale.ENGLISH, "learn.module.facts", 1, 1));
            assertEquals("7 steps, about 1,500 minutes.",
                    Texts.MESSAGES.format(Locale.ENGLISH, "learn.module.facts", 7, 1500));
        }
    }

    @Test
    void theInboxCountsItsMessages() {
        assertEquals("You have 1 message. Open each one and read it slowly.",
                SANDBOX.format(Locale.ENGLISH, "inbox.count", 1));
        assertEquals("You have 5 messages. Open each one and read it slowly.",
                SANDBOX.format(Locale.ENGLISH, "inbox.count", 5));
        assertTrue(SANDBOX.format(Locale.forLanguageTag("ar"), "inbox.count", 2).startsWith("لديك رسالتان."));
    }

    @Test
    void aLanguageWithoutItsOwnBundleReadsEnglishNeverTheServersLanguage() {
        Locale server = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("sv"));
            assertEquals("About 3 minutes", minutes("uk", 3));
            assertEquals("Hello Olena", TEST.format(Locale.forLanguageTag("uk"), "greeting", "Olena"));
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void aTextMissingInALanguageIsReadInEnglish() {
        Locale greek = Locale.forLanguageTag("el");
        assertEquals("Γεια σου Μαρία", TEST.format(greek, "greeting", "Μαρία"));
        assertEquals("Only in English", TEST.format(greek, "onlyInEnglish"));
        assertTrue(TEST.has(greek, "onlyInEnglish"));
    }

    @Test
    void aKeyThatNoBundleHasComesBackAsItself() {
        assertEquals("no.such.key", TEST.format(Locale.ENGLISH, "no.such.key", 1));
        assertFalse(TEST.has(Locale.ENGLISH, "no.such.key"));
    }

    @Test
    void apostrophesAreKeptAsWritten() {
        String italian = Texts.MESSAGES.format(Locale.ITALIAN, "idle.text", 30);
        assertTrue(italian.startsWith("Da un po' nessuno"), italian);
        assertTrue(italian.endsWith("tra 30 secondi chiuderemo l'accesso."), italian);
    }

    @Test
    void blanksFilledWithAnAuthorsBracesStayAsTyped() {
        assertEquals("Hello {1}'s", TEST.format(Locale.ENGLISH, "greeting", "{1}'s"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | 1234.50 €",
        "el | 1234,50 €",
        "it | 1234,50 €",
        "sv | 1234,50 €",
        "ar | 1234.50 يورو",
    })
    void moneyIsWrittenWithTheLanguagesDecimalSign(String language, String expected) {
        assertEquals(expected, SANDBOX.format(Locale.forLanguageTag(language), "bill.money", new BigDecimal("1234.5")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en | October 14, 2025  | Tuesday 14 October",
        "el | 14 Οκτωβρίου 2025 | Τρίτη 14 Οκτωβρίου",
        "it | 14 ottobre 2025   | martedì 14 ottobre",
        "sv | 14 oktober 2025   | tisdag 14 oktober",
        "ar | 14 أكتوبر 2025    | الثلاثاء 14 أكتوبر",
    })
    void datesAreWrittenAsTheLanguageWritesThem(String language, String certificate, String day) {
        Locale locale = Locale.forLanguageTag(language);
        LocalDate date = LocalDate.of(2025, 10, 14);
        assertEquals(certificate, Texts.MESSAGES.format(locale, "certificate.date", date));
        assertEquals(day, SANDBOX.format(locale, "booking.dayLabel", SANDBOX.format(locale, "booking.day.tuesday"), date));
    }

    @Test
    void aCountdownGetsEveryFormOfItsLanguageWithABlankForTheCount() {
        Map<String, String> english = Texts.MESSAGES.pluralForms(Locale.ENGLISH, "idle.text");
        assertEquals(List.of("one", "other"), List.copyOf(english.keySet()));
        assertTrue(english.get("one").endsWith("sign you out in {0} second."), english.get("one"));
        assertTrue(english.get("other").endsWith("sign you out in {0} seconds."), english.get("other"));

        Map<String, String> arabic = Texts.MESSAGES.pluralForms(Locale.forLanguageTag("ar"), "idle.text");
        assertEquals(List.of("few", "many", "one", "two", "zero", "other"), List.copyOf(arabic.keySet()));
        assertTrue(arabic.get("two").endsWith("بعد ثانيتين."), arabic.get("two"));
        assertTrue(arabic.get("few").endsWith("بعد {0} ثوانٍ."), arabic.get("few"));
        assertTrue(arabic.get("many").endsWith("بعد {0} ثانية."), arabic.get("many"));
    }
}

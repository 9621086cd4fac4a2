package org.gefyra.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"Κέντρο Καλαμαριάς", "مكتبة مالمو", "Malmö stadsbibliotek", "Age < 70 and > 60",
        "Smith & Sons", "Rue de l'Église 3", "we <3 learning", "\u200Fمكتبة\u200F", "a \u2067b\u2069 c"})
    void namesPeopleWriteAreKept(String name) {
        assertEquals(name, Check.text("name", "  " + name + " ", 120));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<script>alert(1)</script>|error.markup",
        "Library\"><img src=x onerror=alert(1)>|error.markup",
        "a </p> b|error.markup",
        "<!-- comment -->|error.markup",
        "<?xml version?>|error.markup",
        "<σκριπτ>|error.markup",
        "Caf\uFFFD|error.badCharacters",
        "\u202Egnp.exe|error.badCharacters",
        "x\u202Ay|error.badCharacters",
        "bell \u0007 rings|error.badCharacters"})
    void codeGarbleAndTextTurnedAroundAreRefusedWithTheirReason(String text, String reason) {
        assertEquals(reason, assertThrows(InvalidInputException.class, () -> Check.text("name", text, 120)).messageKey());
    }
}

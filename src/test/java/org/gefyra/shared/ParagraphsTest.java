package org.gefyra.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void notesKeepTheirLinesAndSignsButNoCodeOrGarble() {
        assertEquals("Came with her daughter.\nAge > 70, needs <3 large print.",
                Check.paragraphs("notes", " Came with her daughter.\r\nAge > 70, needs <3 large print. ", 4000));
        assertNull(Check.paragraphs("notes", " \n ", 4000));
        assertEquals("error.markup", assertThrows(InvalidInputException.class,
                () -> Check.paragraphs("notes", "Fine.\n<script>alert(1)</script>", 4000)).messageKey());
        assertEquals("error.badCharacters", assertThrows(InvalidInputException.class,
                () -> Check.paragraphs("notes", "Caf\uFFFD", 4000)).messageKey());
        assertEquals("error.tooLong", assertThrows(InvalidInputException.class,
                () -> Check.paragraphs("notes", "x".repeat(4001), 4000)).messageKey());
    }
}

package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator reads the errors in English: the file, the line, and what is wrong in plain words. */
class ContentErrorMessageTest {

    private static final Pattern CODE_IN_SOURCE = Pattern.compile(
            "(?:ContentError\\.of|error)\\([^;]*?\"([a-z]+\\.[a-z][A-Za-z0-9]*)\"");

    @TempDir
    Path dir;

    @Test
    void anUnknownKeyNamesTheFileTheLineAndTheKey() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse");
        content.change("book-a-nurse/module.yaml", "minutes: 10", "minutes: 10\ntitel: Book a nurse");

        ContentError error = Rejected.module(content.load(), "book-a-nurse", "key.unknown");

        assertEquals("modules/book-a-nurse/module.yaml, line 7: unknown key \"titel\" (is it a typo?). "
                + "Allowed here: id, version, draft, audience, digcomp, level, minutes, cover, steps.",
                error.message(Locale.ENGLISH));
        assertEquals(error.message(Locale.ENGLISH), error.toString());
    }

    @Test
    void anErrorWithoutALineNamesTheFile() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse", "en", "xx");

        ContentError error = Rejected.language(content.load(), "book-a-nurse", "xx", "text.languageBad");

        assertEquals("modules/book-a-nurse/text.xx.yaml: \"xx\" is not an ISO 639-1 language code "
                + "(two small letters, like en, ar or uk).", error.message(Locale.ENGLISH));
    }

    @Test
    void anApostropheInAMessageIsKept() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse");
        content.change("book-a-nurse/module.yaml", "image: images/nurse.svg", "image: ../nurse.svg");

        String message = Rejected.module(content.load(), "book-a-nurse", "image.outside").message(Locale.ENGLISH);

        assertEquals("modules/book-a-nurse/module.yaml, line 11, step \"welcome\": the path \"../nurse.svg\" leaves the module's folder; "
                + "images must be inside it, like images/picture.svg.", message);
    }

    @Test
    void anAuthorsWordsInAnErrorAreNotTakenForPlaceholders() {
        ContentError error = ContentError.of("modules/x/module.yaml", 3, "key.unknown", "{0}'s", "{1}");
        assertEquals("modules/x/module.yaml, line 3: unknown key \"{0}'s\" (is it a typo?). Allowed here: {1}.",
                error.message(Locale.ENGLISH));
    }

    @Test
    void aLanguageWithoutItsOwnMessagesGetsTheEnglishOnes() {
        ContentError error = ContentError.of("modules/x/module.yaml", 2, "id.bad", "X");
        assertEquals(error.message(Locale.ENGLISH), error.message(Locale.forLanguageTag("uk")));
    }

    @Test
    void everyCodeTheLoaderUsesHasAnEnglishMessage() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/gefyra/content"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE_IN_SOURCE.matcher(Files.readString(source));
                while (matcher.find()) {
                    codes.add(matcher.group(1));
                }
            }
        }
        assertTrue(codes.size() > 30, () -> "found only " + codes);
        ResourceBundle bundle = ResourceBundle.getBundle("org.gefyra.i18n.content-errors", Locale.ROOT);
        for (String code : codes) {
            assertTrue(bundle.containsKey(code), () -> code + " has no message");
            String message = ContentError.of("f", 1, code, "a", "b", "c", "d", "e").message(Locale.ENGLISH);
            assertFalse(message.contains("{") || message.contains("}"), () -> code + ": " + message);
        }
    }
}

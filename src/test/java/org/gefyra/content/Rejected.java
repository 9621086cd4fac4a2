package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What a test expects to find among a load's rejections, said the way an administrator would see it. */
final class Rejected {

    private Rejected() {
    }

    /** The whole module is not offered, and one of its errors has this code; that error is returned. */
    static ContentError module(ContentSnapshot snapshot, String module, String code) {
        assertFalse(snapshot.modules().containsKey(module), () -> module + " should not be offered");
        return error(snapshot, module, null, code);
    }

    /** The module is offered, but not in this language, for an error with this code; that error is returned. */
    static ContentError language(ContentSnapshot snapshot, String module, String language, String code) {
        LearningModule offered = snapshot.modules().get(module);
        assertNotNull(offered, () -> module + " should still be offered; rejected: " + describe(snapshot));
        assertFalse(offered.texts().containsKey(language), () -> module + " should not be offered in " + language);
        return error(snapshot, module, language, code);
    }

    /** Every language is bad: each is rejected for this code, and then the module is, for having none left. */
    static ContentError everyLanguage(ContentSnapshot snapshot, String module, String language, String code) {
        module(snapshot, module, "module.noLanguage");
        return error(snapshot, module, language, code);
    }

    /** The error is about this file, at this line (0 where the format has no line). */
    static void at(ContentError error, String file, int line) {
        assertEquals(file, error.file(), () -> "file of " + error);
        assertEquals(line, error.line(), () -> "line of " + error);
    }

    static void nothing(ContentSnapshot snapshot) {
        assertTrue(snapshot.rejected().isEmpty(), () -> "nothing should be rejected, but: " + describe(snapshot));
    }

    private static ContentError error(ContentSnapshot snapshot, String module, String language, String code) {
        List<Rejection> rejections = snapshot.rejected().stream()
                .filter(r -> module.equals(r.module()) && Objects.equals(language, r.language()))
                .toList();
        if (rejections.isEmpty()) {
            fail("no rejection of " + module + (language == null ? "" : " in " + language) + "; rejected: "
                    + describe(snapshot));
        }
        return rejections.stream().flatMap(r -> r.errors().stream())
                .filter(e -> e.code().equals(code)).findFirst()
                .orElseGet(() -> fail("no " + code + " error; rejected: " + describe(snapshot)));
    }

    static String describe(ContentSnapshot snapshot) {
        StringBuilder text = new StringBuilder();
        for (Rejection rejection : snapshot.rejected()) {
            text.append("\n  ").append(rejection.path()).append(" [").append(rejection.language()).append("]");
            rejection.errors().forEach(e -> text.append("\n    ").append(e.code()).append(": ")
                    .append(e.message(Locale.ENGLISH)));
        }
        return text.toString();
    }
}

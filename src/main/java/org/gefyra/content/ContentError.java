package org.gefyra.content;

import java.util.List;
import java.util.Locale;
import org.gefyra.shared.i18n.Texts;

/**
 * One thing wrong in a content file, in words an author understands: the file, the line where
 * the format has one (0 when it has none), and a message from the {@code content-errors} bundle.
 */
public record ContentError(String file, int line, String code, List<String> arguments) {

    private static final Texts MESSAGES = Texts.of("org.gefyra.i18n.content-errors");

    public static ContentError of(String file, int line, String code, String... arguments) {
        return new ContentError(file, line, code, List.of(arguments));
    }

    public String message(Locale locale) {
        String where = line > 0
                ? MESSAGES.format(locale, "where.line", file, String.valueOf(line))
                : MESSAGES.format(locale, "where.file", file);
        return where + " " + MESSAGES.format(locale, code, arguments.toArray());
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}

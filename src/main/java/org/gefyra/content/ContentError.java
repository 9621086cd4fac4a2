package org.gefyra.content;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong in a content file, in words an author understands: the file, the line where
 * the format has one (0 when it has none), and a message from the {@code content-errors} bundle.
 */
public record ContentError(String file, int line, String code, List<String> arguments) {

    private static final String BUNDLE = "org.gefyra.i18n.content-errors";

    public static ContentError of(String file, int line, String code, String... arguments) {
        return new ContentError(file, line, code, List.of(arguments));
    }

    public String message(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String text = MessageFormat.format(bundle.getString(code).replace("'", "''"), arguments.toArray());
        String where = line > 0
                ? MessageFormat.format(bundle.getString("where.line").replace("'", "''"), file, String.valueOf(line))
                : MessageFormat.format(bundle.getString("where.file").replace("'", "''"), file);
        return where + " " + text;
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}

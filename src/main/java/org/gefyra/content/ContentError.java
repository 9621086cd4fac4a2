package org.gefyra.content;

import java.util.List;
import java.util.Locale;
import org.gefyra.shared.i18n.Texts;

/**
 * One thing wrong in a content file, in words an author understands: the file, the line where
 * the format has one (0 when it has none), the step or option concerned when there is one, and a
 * message from the {@code content-errors} bundle.
 *
 * @param in the step or option the error is about, or null
 * @param arguments the message's blanks: the author's own words as written, or {@link Words} that
 *        are put in the reader's language too (such as what a goal accepts)
 */
public record ContentError(String file, int line, Words in, String code, List<Object> arguments) {

    private static final Texts MESSAGES = Texts.of("org.gefyra.i18n.content-errors");

    /** Words of the {@code content-errors} bundle, said in the reader's language when the error is shown. */
    public record Words(String code, List<Object> arguments) {

        public static Words of(String code, Object... arguments) {
            return new Words(code, List.of(arguments));
        }

        public String in(Locale locale) {
            return MESSAGES.format(locale, code, said(arguments, locale));
        }
    }

    public ContentError {
        arguments = List.copyOf(arguments);
    }

    public static ContentError of(String file, int line, String code, Object... arguments) {
        return new ContentError(file, line, null, code, List.of(arguments));
    }

    public static ContentError of(String file, int line, Words in, String code, Object... arguments) {
        return new ContentError(file, line, in, code, List.of(arguments));
    }

    /** "step "welcome"", for an error inside a step. */
    public static Words step(String stepId) {
        return Words.of("in.step", stepId);
    }

    /** "step 3", for a step whose id is missing or unreadable. */
    public static Words stepNumber(int number) {
        return Words.of("in.stepNumber", String.valueOf(number));
    }

    /** "step "quiz", option "card"", for an error inside a quiz option's words. */
    public static Words option(String stepId, String optionId) {
        return Words.of("in.option", stepId, optionId);
    }

    public String message(Locale locale) {
        String place;
        if (in == null) {
            place = line > 0 ? MESSAGES.format(locale, "where.line", file, String.valueOf(line))
                    : MESSAGES.format(locale, "where.file", file);
        } else {
            place = line > 0 ? MESSAGES.format(locale, "where.lineIn", file, String.valueOf(line), in.in(locale))
                    : MESSAGES.format(locale, "where.fileIn", file, in.in(locale));
        }
        return place + " " + MESSAGES.format(locale, code, said(arguments, locale));
    }

    private static Object[] said(List<Object> arguments, Locale locale) {
        return arguments.stream().map(a -> a instanceof Words words ? words.in(locale) : a).toArray();
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}

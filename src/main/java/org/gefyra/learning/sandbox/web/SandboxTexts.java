package org.gefyra.learning.sandbox.web;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.gefyra.shared.i18n.Texts;
import org.gefyra.shared.web.PageTexts;

/**
 * The words of the pretend websites, from the sandbox bundle in the page's language, with their
 * blanks filled in: {@code #{sbx['key']}} and {@code #{sandboxTexts.format('booking.slot.taken', '10:30')}}
 * in pages, {@link #text} in backing beans.
 */
@Dependent
public class SandboxTexts {

    static final Texts BUNDLE = Texts.of("org.gefyra.i18n.sandbox");
    private static final PageTexts WORDS = new PageTexts(BUNDLE);

    @Produces
    @Named("sbx")
    static PageTexts sbx() {
        return WORDS;
    }

    @Produces
    @Named("sandboxTexts")
    static PageTexts sandboxTexts() {
        return WORDS;
    }

    public static String text(String key, Object... arguments) {
        return WORDS.format(key, arguments);
    }
}

package org.gefyra.shared.web;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.gefyra.shared.i18n.Texts;

/** The interface's words for pages: {@code #{msg['key']}} and {@code #{texts.format('key', 3)}}, one and the same. */
@Dependent
public class InterfaceTexts {

    private static final PageTexts WORDS = new PageTexts(Texts.MESSAGES);

    @Produces
    @Named("msg")
    static PageTexts msg() {
        return WORDS;
    }

    @Produces
    @Named("texts")
    static PageTexts texts() {
        return WORDS;
    }
}

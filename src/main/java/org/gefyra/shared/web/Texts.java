package org.gefyra.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Fills in a message's blanks in pages: {@code #{texts.format('learn.stepOf', 3, 7)}}. */
@Named("texts")
@ApplicationScoped
public class Texts {

    public String format(String key, Object... arguments) {
        return Messages.text(key, arguments);
    }
}

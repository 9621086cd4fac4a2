package org.gefyra.learning.sandbox.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the pretend websites, from the sandbox bundle in the page's language, with their
 * blanks filled in: {@code #{sandboxTexts.format('booking.slot.taken', '10:30')}} in pages,
 * {@link #text} in backing beans.
 */
@Named
@ApplicationScoped
public class SandboxTexts {

    static final String BUNDLE = "org.gefyra.i18n.sandbox";
    /** English is the base bundle: a missing language falls back to it, never to the server's own language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public String format(String key, Object... arguments) {
        return text(key, arguments);
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}

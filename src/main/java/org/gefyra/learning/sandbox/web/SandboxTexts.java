package org.gefyra.learning.sandbox.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.gefyra.shared.i18n.Languages;

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
    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";
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
            return arguments.length == 0 ? pattern
                    : new MessageFormat(pattern.replace("'", "''"), locale).format(isolated(arguments, locale));
        } catch (MissingResourceException missing) {
            return key;
        }
    }

    /**
     * In a right-to-left language, each blank filled in (a user name, a payment reference, a time)
     * keeps its own direction, so that "RF18 5390." or "«maria.papadopoulou»" never come out jumbled.
     */
    static Object[] isolated(Object[] arguments, Locale locale) {
        if (!Languages.isRightToLeft(locale.getLanguage())) {
            return arguments;
        }
        Object[] isolated = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            isolated[i] = FIRST_STRONG_ISOLATE + arguments[i] + POP_DIRECTIONAL_ISOLATE;
        }
        return isolated;
    }
}

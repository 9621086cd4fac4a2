package org.gefyra.shared.web;

import jakarta.faces.application.Application;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Locale;
import org.gefyra.shared.i18n.Languages;

/**
 * Gives Faces the interface languages of {@link Languages} when it starts, so that
 * {@code faces-config.xml} names none and a new language is added in one place.
 */
public class FacesLanguages implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    public void processEvent(SystemEvent event) {
        tell((Application) event.getSource());
    }

    static void tell(Application application) {
        application.setDefaultLocale(Locale.forLanguageTag(Languages.DEFAULT));
        application.setSupportedLocales(Languages.INTERFACE.stream().map(Locale::forLanguageTag).toList());
    }
}

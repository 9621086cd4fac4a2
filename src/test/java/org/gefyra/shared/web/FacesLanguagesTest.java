package org.gefyra.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.faces.application.ApplicationWrapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.gefyra.shared.i18n.Languages;
import org.junit.jupiter.api.Test;

/** Faces offers exactly the interface languages, and faces-config.xml keeps no list of its own. */
class FacesLanguagesTest {

    private static final class StartingApplication extends ApplicationWrapper {
        Locale defaultLocale;
        final List<Locale> supported = new ArrayList<>();

        @Override
        public void setDefaultLocale(Locale locale) {
            defaultLocale = locale;
        }

        @Override
        public void setSupportedLocales(Collection<Locale> locales) {
            supported.addAll(locales);
        }
    }

    @Test
    void facesGetsTheInterfaceLanguagesWithEnglishFirst() {
        StartingApplication application = new StartingApplication();
        FacesLanguages.tell(application);
        assertEquals(Locale.ENGLISH, application.defaultLocale);
        assertEquals(Languages.INTERFACE, application.supported.stream().map(Locale::toLanguageTag).toList());
    }

    @Test
    void facesConfigNamesNoLanguage() throws IOException {
        String config = Files.readString(Path.of("src/main/webapp/WEB-INF/faces-config.xml"));
        assertFalse(config.contains("<locale-config>") || config.contains("supported-locale"), config);
    }
}

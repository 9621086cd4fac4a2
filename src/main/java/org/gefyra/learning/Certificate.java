package org.gefyra.learning;

import java.time.LocalDate;
import java.util.Locale;
import org.gefyra.shared.i18n.Texts;

/**
 * What a certificate of a finished module says: who (null for a guest), which module and what
 * they can now do, when, and the confidence they reported before and after.
 */
public record Certificate(String learnerName, String moduleId, String moduleTitle, String canDo,
        LocalDate completedOn, int minutes, String language, Short confidenceBefore, Short confidenceAfter) {

    /** The day the module was finished, as the certificate's language writes dates. */
    public String completedOnText() {
        return Texts.MESSAGES.format(Locale.forLanguageTag(language), "certificate.date", completedOn);
    }

    /** A guest's certificate names nobody: it says that a visitor completed the lesson. */
    public boolean isForGuest() {
        return learnerName == null;
    }
}

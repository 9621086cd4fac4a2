package org.gefyra.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The languages of Gefyra's interface, and what it needs to know of any language. */
public final class Languages {

    public static final String DEFAULT = "en";
    /** What a language code of an address may look like (el, sv, pt-BR): letters, and parts after a dash. */
    public static final String CODE_FORMAT = "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}";
    public static final List<String> INTERFACE = List.of("en", "el", "it", "sv", "ar");
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "yi", "dv", "ku");

    private Languages() {
    }

    public static boolean isInterfaceLanguage(String code) {
        return code != null && INTERFACE.contains(code);
    }

    public static boolean isRightToLeft(String code) {
        return RIGHT_TO_LEFT.contains(code);
    }

    /** A language's name in that language, as a speaker would look for it: "Ελληνικά", "العربية". */
    public static String ownName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        if (name.isEmpty()) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The best interface language for an Accept-Language header, or null if none fits. */
    public static String bestFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
            return Locale.lookupTag(ranges, INTERFACE);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}

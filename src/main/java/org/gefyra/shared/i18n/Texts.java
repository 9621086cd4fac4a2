package org.gefyra.shared.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one bundle of the interface in any language, with their blanks filled in. One rule
 * for every text: the language's own bundle, else English (never the server's own language); a key
 * that no bundle has comes back as itself. Every text is an ICU MessageFormat pattern, formatted for
 * the language: numbers and dates as its speakers write them, and counts by its own plural rules,
 * as in {@code {0, plural, one {# minute} other {# minutes}}}.
 */
public final class Texts {

    private static final Logger LOG = Logger.getLogger(Texts.class.getName());
    private static final ResourceBundle.Control OWN_LANGUAGE_THEN_ENGLISH =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final ConcurrentMap<String, Texts> BUNDLES = new ConcurrentHashMap<>();

    /** The interface's own words. */
    public static final Texts MESSAGES = of("org.gefyra.i18n.messages");

    private final String baseName;
    private final ConcurrentMap<Locale, ConcurrentMap<String, Text>> byLanguage = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<Object>, Map<String, String>> pluralForms = new ConcurrentHashMap<>();

    private Texts(String baseName) {
        this.baseName = baseName;
    }

    /** The texts of a bundle, such as {@code org.gefyra.i18n.messages}. */
    public static Texts of(String baseName) {
        return BUNDLES.computeIfAbsent(baseName, Texts::new);
    }

    public boolean has(Locale locale, String key) {
        return text(locale, key) != null;
    }

    /** The text of {@code key} in the language, its blanks filled in with {@code arguments}. */
    public String format(Locale locale, String key, Object... arguments) {
        Text text = text(locale, key);
        return text == null ? key : text.format(arguments);
    }

    /**
     * For a text with one count that the browser fills in (a countdown): the text for each plural
     * form of the language, with {@code {0}} where the count goes.
     */
    public Map<String, String> pluralForms(Locale locale, String key) {
        return pluralForms.computeIfAbsent(List.of(locale, key), k -> formsOf(locale, key));
    }

    private Map<String, String> formsOf(Locale locale, String key) {
        ULocale language = ULocale.forLocale(locale);
        PluralRules rules = PluralRules.forLocale(language);
        NumberFormat numbers = NumberFormat.getInstance(language);
        Map<String, String> forms = new LinkedHashMap<>();
        for (String form : rules.getKeywords()) {
            long sample = sample(rules, form);
            String number = Pattern.quote(numbers.format(sample));
            String text = format(locale, key, sample);
            forms.put(form, text.replaceAll("(?<![0-9])" + number + "(?![0-9])", Matcher.quoteReplacement("{0}")));
        }
        return Collections.unmodifiableMap(forms);
    }

    /** A whole number of the form, 2 or more where the form has such, so that it stands out in the text. */
    private static long sample(PluralRules rules, String form) {
        return rules.getSamples(form).stream().filter(d -> d == Math.rint(d)).map(Double::longValue)
                .sorted((a, b) -> Boolean.compare(a < 2, b < 2)).findFirst().orElse(0L);
    }

    private Text text(Locale locale, String key) {
        ConcurrentMap<String, Text> texts = byLanguage.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        Text text = texts.get(key);
        if (text == null) {
            String pattern = pattern(locale, key);
            if (pattern == null) {
                return null;
            }
            text = texts.computeIfAbsent(key, k -> Text.compile(ULocale.forLocale(locale), k, pattern));
        }
        return text;
    }

    private String pattern(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(baseName, locale, Texts.class.getClassLoader(), OWN_LANGUAGE_THEN_ENGLISH)
                    .getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    /**
     * One text in one language: said as it is when it has no blanks, else formatted, and the
     * result kept when its blanks were all small whole numbers ("Step 3 of 7" on every
     * step page: ICU's formatting of the numbers was about 1.5% of the page's processor time).
     */
    private static final class Text {
        /** Results kept per text, at most; past that, the text is formatted each time. */
        static final int KEPT = 500;

        private final String pattern;
        private final MessageFormat format;
        private final String plain;
        private final ConcurrentMap<List<Object>, String> kept = new ConcurrentHashMap<>();

        private Text(String pattern, MessageFormat format, String plain) {
            this.pattern = pattern;
            this.format = format;
            this.plain = plain;
        }

        static Text compile(ULocale locale, String key, String pattern) {
            try {
                MessageFormat format = new MessageFormat(pattern, locale);
                return format.getArgumentNames().isEmpty()
                        ? new Text(pattern, null, format.format(new Object[0]))
                        : new Text(pattern, format, null);
            } catch (IllegalArgumentException malformed) {
                LOG.log(Level.SEVERE, "The text " + key + " is not a valid pattern: " + pattern, malformed);
                return new Text(pattern, null, pattern);
            }
        }

        String format(Object... arguments) {
            if (format == null) {
                return plain;
            }
            List<Object> key = keepable(arguments) ? List.of(arguments) : null;
            String known = key == null ? null : kept.get(key);
            if (known != null) {
                return known;
            }
            try {
                String formatted;
                synchronized (format) {
                    formatted = format.format(arguments);
                }
                if (key != null && kept.size() < KEPT) {
                    kept.put(key, formatted);
                }
                return formatted;
            } catch (IllegalArgumentException wrongArguments) {
                LOG.log(Level.SEVERE, "Cannot fill in the text " + pattern, wrongArguments);
                return pattern;
            }
        }

        private static boolean keepable(Object... arguments) {
            for (Object argument : arguments) {
                boolean small = argument instanceof Integer number && Math.abs(number) < 1000
                        || argument instanceof Long longer && Math.abs(longer) < 1000;
                if (!small) {
                    return false;
                }
            }
            return true;
        }
    }
}

package org.gefyra.shared.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.shared.i18n.Languages;
import org.gefyra.shared.i18n.Texts;

/**
 * Says what a constraint refuses in the interface's own words: a message that is one key of the
 * messages bundle in braces ({@code {error.tooLong}}) is that key's text in the language asked
 * for (Faces asks in the page's language); any other message goes to the provider's own
 * interpolation. Named in {@code META-INF/validation.xml}, so that every validator of the
 * application speaks this way.
 */
public class BundleMessages implements MessageInterpolator {

    private static final Pattern ONE_KEY = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9.]*)}");

    private volatile MessageInterpolator provider;

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.forLanguageTag(Languages.DEFAULT));
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return keyOf(template).filter(key -> Texts.MESSAGES.has(locale, key)).map(key -> Texts.MESSAGES.format(locale, key))
                .orElseGet(() -> provider().interpolate(template, context, locale));
    }

    /** The key of the bundle that a message template names, if it names one. */
    public static Optional<String> keyOf(String template) {
        Matcher key = ONE_KEY.matcher(template == null ? "" : template);
        return key.matches() ? Optional.of(key.group(1)) : Optional.empty();
    }

    private MessageInterpolator provider() {
        if (provider == null) {
            provider = Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
        }
        return provider;
    }
}

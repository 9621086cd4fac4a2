package org.gefyra.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gefyra.shared.i18n.Languages;
import org.gefyra.shared.i18n.Texts;

/**
 * The words of a bundle for pages, in the page's language, through {@link Texts}: {@code #{msg['key']}},
 * {@code #{texts.format('learn.minutes', 5)}}, and for a count that the browser fills in,
 * {@code #{texts.pluralForms('idle.text')}}.
 */
public class PageTexts extends AbstractMap<String, String> {

    private static final String FIRST_STRONG_ISOLATE = "\u2068";
    private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

    /**
     * The JSON of each language's plural forms of a key, made once: the bundles do not change while
     * the server runs, and {@code Json.createObjectBuilder} looks its provider up (a failed class
     * load with a stack trace on Liberty) at every call, on every learner page.
     */
    private final Map<String, String> pluralFormsJson = new ConcurrentHashMap<>();

    private final Texts texts;

    public PageTexts(Texts texts) {
        this.texts = texts;
    }

    /** The page's language; English outside a page. */
    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    @Override
    public String get(Object key) {
        return key instanceof String name ? texts.format(locale(), name) : null;
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String name && texts.has(locale(), name);
    }

    /** Pages look words up by key only; there is nothing to list. */
    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }

    public String format(String key, Object... arguments) {
        Locale locale = locale();
        return texts.format(locale, key, isolated(arguments, locale));
    }

    /**
     * In a right-to-left language, each text filled in (a user name, a payment reference, a time)
     * keeps its own direction, so that "RF18 5390." or "«maria.papadopoulou»" never come out jumbled.
     * Numbers stay numbers: plural forms and digits depend on them.
     */
    static Object[] isolated(Object[] arguments, Locale locale) {
        if (!Languages.isRightToLeft(locale.getLanguage())) {
            return arguments;
        }
        Object[] isolated = arguments.clone();
        for (int i = 0; i < isolated.length; i++) {
            if (isolated[i] instanceof CharSequence text) {
                isolated[i] = FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
            }
        }
        return isolated;
    }

    /** {@link Texts#pluralForms} as a JSON object, for a script: {"one": "...{0}...", "other": "..."}. */
    public String pluralForms(String key) {
        Locale locale = locale();
        return pluralFormsJson.computeIfAbsent(locale.toLanguageTag() + ' ' + key, made -> {
            JsonObjectBuilder forms = Json.createObjectBuilder();
            texts.pluralForms(locale, key).forEach(forms::add);
            return forms.build().toString();
        });
    }
}

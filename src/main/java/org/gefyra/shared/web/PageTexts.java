package org.gefyra.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Set;
import org.gefyra.shared.i18n.Texts;

/**
 * The words of a bundle for pages, in the page's language, through {@link Texts}: {@code #{msg['key']}},
 * {@code #{texts.format('learn.minutes', 5)}}, and for a count that the browser fills in,
 * {@code #{texts.pluralForms('idle.text')}}.
 */
public class PageTexts extends AbstractMap<String, String> {

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
        return texts.format(locale(), key, arguments);
    }

    /** {@link Texts#pluralForms} as a JSON object, for a script: {"one": "...{0}...", "other": "..."}. */
    public String pluralForms(String key) {
        JsonObjectBuilder forms = Json.createObjectBuilder();
        texts.pluralForms(locale(), key).forEach(forms::add);
        return forms.build().toString();
    }
}

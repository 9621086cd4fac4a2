package org.gefyra.shared.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gefyra.shared.web.request.CurrentRequest;

/**
 * The language of the current page, for templates: {@code #{language.code}}, {@code #{language.dir}}. It keeps
 * nothing of its own (the language is the request's attribute), so one serves every request.
 */
@Named("language")
@ApplicationScoped
public class Language {

    /** A language a person can switch to, named in itself. */
    public record Choice(String code, String name, String dir) {
    }

    private static final List<Choice> CHOICES = Languages.INTERFACE.stream()
            .map(code -> new Choice(code, Languages.ownName(code), Languages.isRightToLeft(code) ? "rtl" : "ltr"))
            .toList();

    /** Parsed once: every page asks for its locale, and parsing the tag was a hundredth of a step page. */
    private static final Map<String, Locale> LOCALES = new ConcurrentHashMap<>();

    @Inject
    HttpServletRequest request;

    public String getCode() {
        return CurrentRequest.or(request).getAttribute(LanguageFilter.ATTRIBUTE) instanceof String code ? code : Languages.DEFAULT;
    }

    public Locale getLocale() {
        return LOCALES.computeIfAbsent(getCode(), Locale::forLanguageTag);
    }

    public String getDir() {
        return Languages.isRightToLeft(getCode()) ? "rtl" : "ltr";
    }

    public List<Choice> getChoices() {
        return CHOICES;
    }

    /** This page's address in another language, keeping the rest of the query. */
    public String link(String code) {
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String uri = forwarded instanceof String original ? original : request.getRequestURI();
        Object forwardedQuery = request.getAttribute("jakarta.servlet.forward.query_string");
        String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
        // "//host/x" would be read by the browser as another host: keep the link on this one.
        StringBuilder link = new StringBuilder("/" + uri.replaceFirst("^/+", "")).append("?lang=").append(code);
        if (query != null && !query.isEmpty()) {
            for (String part : query.split("&")) {
                if (!part.isEmpty() && !part.startsWith("lang=")) {
                    link.append('&').append(part);
                }
            }
        }
        return link.toString();
    }
}

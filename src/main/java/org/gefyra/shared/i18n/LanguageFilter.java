package org.gefyra.shared.i18n;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * Chooses the language of every page: {@code ?lang=xx} on any address (remembered in a cookie,
 * so without an HTTP session), else that cookie, else the browser's preference, else English.
 * Being the first to read a parameter, it also refuses a request whose address or form cannot be
 * read at all (a broken {@code %} escape): with 400 and a short page saying so, where every later
 * reader of a parameter would fail with an error of the server's.
 */
@WebFilter(filterName = "language", urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    public static final String ATTRIBUTE = "gefyra.language";
    public static final String COOKIE = "gefyra-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String asked;
        try {
            asked = asked(request);
        } catch (IllegalArgumentException unreadable) {
            refuseUnreadable(request, response);
            return;
        }
        if (asked != null) {
            remember(request, response, asked);
        }
        request.setAttribute(ATTRIBUTE, choose(request));
        chain.doFilter(request, response);
    }

    /** The whole answer to a request that cannot be read: no page of the application could read it either. */
    private static void refuseUnreadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String language = chooseWithout(request);
        request.setAttribute(ATTRIBUTE, language);
        Locale locale = Locale.forLanguageTag(language);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String home = request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/";
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language + "\" dir=\""
                + (Languages.isRightToLeft(language) ? "rtl" : "ltr") + "\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>"
                + escaped(Texts.MESSAGES.format(locale, "error.badRequest.title")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + home + "static/css/gefyra.css\"/></head><body><main id=\"main\"><h1>"
                + escaped(Texts.MESSAGES.format(locale, "error.badRequest.title")) + "</h1><p>"
                + escaped(Texts.MESSAGES.format(locale, "error.badRequest.text")) + "</p><p><a class=\"button\" href=\""
                + home + "\">" + escaped(Texts.MESSAGES.format(locale, "error.home")) + "</a></p></main></body></html>");
    }

    /** The language of the answer to this request, also for filters that answer before this one has run. */
    public static String of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String chosen) {
            return chosen;
        }
        String language = choose(request);
        request.setAttribute(ATTRIBUTE, language);
        return language;
    }

    private static String choose(HttpServletRequest request) {
        String language;
        try {
            language = asked(request);
        } catch (IllegalArgumentException unreadable) {
            return chooseWithout(request);
        }
        return language != null ? language : chooseWithout(request);
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The language from the cookie or the browser's preference, without reading the address. */
    private static String chooseWithout(HttpServletRequest request) {
        String language = fromCookie(request);
        if (language == null) {
            language = Languages.bestFor(request.getHeader("Accept-Language"));
        }
        return language == null ? Languages.DEFAULT : language;
    }

    private static String asked(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        return asked != null && Languages.isInterfaceLanguage(asked.toLowerCase(Locale.ROOT))
                ? asked.toLowerCase(Locale.ROOT) : null;
    }

    private static String fromCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && Languages.isInterfaceLanguage(cookie.getValue())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static void remember(HttpServletRequest request, HttpServletResponse response, String language) {
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}

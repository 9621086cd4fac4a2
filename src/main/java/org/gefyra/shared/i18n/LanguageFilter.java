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
 */
@WebFilter(filterName = "language", urlPatterns = "/*")
public class LanguageFilter extends HttpFilter {

    public static final String ATTRIBUTE = "gefyra.language";
    public static final String COOKIE = "gefyra-lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String asked = asked(request);
        if (asked != null) {
            remember(request, response, asked);
        }
        request.setAttribute(ATTRIBUTE, choose(request));
        chain.doFilter(request, response);
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
        String language = asked(request);
        if (language == null) {
            language = fromCookie(request);
        }
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

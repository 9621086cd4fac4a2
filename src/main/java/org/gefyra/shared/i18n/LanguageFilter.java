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
        String asked = request.getParameter("lang");
        String language;
        if (asked != null && Languages.isInterfaceLanguage(asked.toLowerCase(Locale.ROOT))) {
            language = asked.toLowerCase(Locale.ROOT);
            remember(request, response, language);
        } else {
            language = fromCookie(request);
            if (language == null) {
                language = Languages.bestFor(request.getHeader("Accept-Language"));
            }
            if (language == null) {
                language = Languages.DEFAULT;
            }
        }
        request.setAttribute(ATTRIBUTE, language);
        chain.doFilter(request, response);
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
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}

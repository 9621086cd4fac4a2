package org.gefyra.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.gefyra.shared.i18n.LanguageFilter;
import org.gefyra.shared.i18n.Texts;

/**
 * Refuses requests that change something when another website made the browser send them: every
 * POST, PUT, PATCH and DELETE, to any page (stateless learner pages included, which carry no
 * per-session token) and any endpoint. A browser says where a request comes from: {@code
 * Sec-Fetch-Site} (browsers since 2020-2023), else {@code Origin} (on every POST of browsers since
 * 2019-2020); either must name Gefyra itself. A request with neither comes from a program such as
 * curl or an old browser, not from a page of another site, and passes. Calls to {@code /api/} must
 * moreover be JSON or carry the header {@code X-Requested-By}, which no HTML form can send: so even a
 * browser that sent neither header could not be made to call them with its remembered Basic password.
 */
@WebFilter(filterName = "crossSiteRequests", urlPatterns = "/*")
public class CrossSiteRequestFilter extends HttpFilter {

    /** The header a program sets to call the API with something other than JSON. */
    public static final String API_HEADER = "X-Requested-By";
    /** Set on a refused request, so that the refusal page says why. */
    public static final String REFUSED_ATTRIBUTE = "gefyra.crossSiteRefused";

    private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        if (!fromThisSite(request)) {
            LOG.warning(() -> "Refused a " + request.getMethod() + " to " + path + " from another site (Origin "
                    + request.getHeader("Origin") + ", Sec-Fetch-Site " + request.getHeader("Sec-Fetch-Site") + ")");
            refuse(request, response, api, "crossSite.refused");
        } else if (api && !isJson(request) && request.getHeader(API_HEADER) == null) {
            refuse(request, response, true, "crossSite.apiHeader");
        } else {
            chain.doFilter(request, response);
        }
    }

    static boolean fromThisSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin == null || sameOrigin(origin, request);
    }

    /** Whether the Origin names this server as the browser reached it (through the trusted proxy, if any). */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = new URI(origin);
            String host = request.getHeader("Host");
            if (uri.getScheme() == null || uri.getHost() == null || host == null) {
                return false;
            }
            int port = uri.getPort() < 0 ? defaultPort(uri.getScheme()) : uri.getPort();
            return uri.getScheme().equalsIgnoreCase(request.getScheme())
                    && (uri.getHost() + ":" + port).equalsIgnoreCase(withPort(host, request.getScheme()));
        } catch (URISyntaxException notAnOrigin) {
            return false;
        }
    }

    private static String withPort(String host, String scheme) {
        boolean hasPort = host.startsWith("[") ? host.contains("]:") : host.contains(":");
        return hasPort ? host : host + ":" + defaultPort(scheme);
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, String key)
            throws IOException {
        Locale language = Locale.forLanguageTag(LanguageFilter.of(request));
        String message = Texts.MESSAGES.format(language, key);
        if (api) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"" + jsonText(message) + "\"}");
            return;
        }
        request.setAttribute(REFUSED_ATTRIBUTE, Boolean.TRUE);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    private static String jsonText(String text) {
        StringBuilder json = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || c == '<' || c == '>' || c == '&') {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.toString();
    }
}

package org.gefyra.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.GefyraAuthentication;

/** Headers that keep browsers from being turned against the people using Gefyra. */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers; again after a response was reset to answer with an error page instead. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(self), microphone=(), geolocation=()");
        response.setHeader("Content-Security-Policy", ContentSecurityPolicy.policy(ContentSecurityPolicy.nonce(request)));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || (request.getAttribute(GefyraAuthentication.CALLER_ATTRIBUTE) instanceof Caller caller
                && caller.isSignedIn())) {
            // Nothing about a person stays in the browser: after sign-out, Back shows no one's page.
            response.setHeader("Cache-Control", "no-store");
        }
    }
}

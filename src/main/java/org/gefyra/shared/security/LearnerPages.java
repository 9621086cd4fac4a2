package org.gefyra.shared.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * The learners' pages ({@code /learn/*}) are for learners and guests. Authors and administrators
 * open a module's pages too, as a preview that records nothing, but never a learner's own pages
 * (their modules, "I am done", certificates). Anyone else goes to the kiosk's start page, other
 * staff get "not allowed". The caller comes from the sign-in mechanism,
 * which remembered them at sign-in; these pages need no container login on each request.
 */
@WebFilter(filterName = "learnerPages", urlPatterns = "/learn/*")
public class LearnerPages extends HttpFilter {

    private static final Set<String> LEARNERS_OWN = Set.of("/learn/index.xhtml", "/learn/done.xhtml", "/learn/join.xhtml",
            "/learn/certificate.xhtml", "/learn/certificate.pdf");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Caller caller = request.getAttribute(GefyraAuthentication.CALLER_ATTRIBUTE) instanceof Caller known
                ? known : Caller.ANONYMOUS;
        if (caller.is(Role.LEARNER, Role.GUEST)
                || caller.is(Role.AUTHOR, Role.ADMIN) && !LEARNERS_OWN.contains(request.getServletPath())) {
            chain.doFilter(request, response);
        } else if (caller.isSignedIn()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.sendRedirect(request.getContextPath() + "/kiosk/index.xhtml");
        }
    }
}

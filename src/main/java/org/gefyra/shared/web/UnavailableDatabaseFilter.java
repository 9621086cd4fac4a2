package org.gefyra.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.gefyra.shared.persistence.DatabaseOutage;
import org.gefyra.shared.persistence.WriteConflict;
import org.gefyra.shared.security.GefyraAuthentication;

/**
 * The servlets' side of {@link FriendlyExceptionHandler}: a download or sign-out that fails because
 * the database cannot write for a moment (a full disk, a lost connection) or was kept from writing
 * by other requests answers 503 with the "we cannot save right now" page, not a 500. Faces pages
 * handle their own failures before they get here.
 */
@WebFilter(filterName = "unavailableDatabase", urlPatterns = "/*")
public class UnavailableDatabaseFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(UnavailableDatabaseFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(GefyraAuthentication.OUTAGE_ATTRIBUTE) != null && !response.isCommitted()) {
            // who is asking could not be read (GefyraAuthentication): the page is not built without them
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failed) {
            if (response.isCommitted() || !(DatabaseOutage.causedBy(failed) || WriteConflict.causedBy(failed))) {
                throw failed;
            }
            LOG.warning(() -> "The database could not write for " + request.getServletPath()
                    + ": the change was refused whole (" + failed + ")");
            response.reset();
            refuse(request, response);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeadersFilter.apply(request, response);
        response.setHeader("Retry-After", "60");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}

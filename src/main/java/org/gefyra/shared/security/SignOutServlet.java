package org.gefyra.shared.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Signs out and ends the HTTP session, so that nothing of this person stays on the server or
 * the device (features tidy up on {@link SignedOut}). Learners go back to the kiosk's start screen.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Inject
    CurrentCaller caller;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        boolean staff = caller.get().isStaff();
        request.logout();
        Sessions.end(request.getSession(false));
        String reason = "idle".equals(request.getParameter("reason")) ? "?idle=true" : "";
        response.sendRedirect(request.getContextPath() + (staff ? "/" : "/kiosk/index.xhtml" + reason));
    }
}

package org.gefyra.account.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.gefyra.account.Caller;
import org.gefyra.learning.ProgressService;

/**
 * Signs out and ends the HTTP session, so that nothing of this person stays on the server or
 * the device. A guest's progress is discarded. Learners go back to the kiosk's start screen.
 */
@WebServlet("/sign-out")
public class SignOutServlet extends HttpServlet {

    @Inject
    CurrentCaller caller;

    @Inject
    ProgressService progress;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Caller leaving = caller.get();
        if (leaving.guestKey() != null) {
            progress.forgetGuest(leaving.guestKey());
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String reason = "idle".equals(request.getParameter("reason")) ? "?idle=true" : "";
        String next = leaving.isStaff() ? "/" : "/kiosk/index.xhtml" + reason;
        response.sendRedirect(request.getContextPath() + next);
    }
}

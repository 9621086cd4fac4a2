package org.gefyra.shared.security;

import jakarta.servlet.http.HttpSession;

/** Ending an HTTP session that an overlapping request of the same person may be ending too. */
final class Sessions {

    private Sessions() {
    }

    static void end(HttpSession session) {
        if (session == null) {
            return;
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // a double tap on "I am done": the other request ended it first
        }
    }

    /** An attribute of a session, or null if an overlapping request has just ended the session. */
    static Object attribute(HttpSession session, String name) {
        try {
            return session.getAttribute(name);
        } catch (IllegalStateException ended) {
            return null;
        }
    }
}

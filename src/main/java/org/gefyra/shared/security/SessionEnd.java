package org.gefyra.shared.security;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the features when a signed-in session ends, however it ends: sign-out, another person
 * signing in on the device, or the server's idle timeout.
 */
@WebListener
public class SessionEnd implements HttpSessionListener {

    private static final Logger LOG = Logger.getLogger(SessionEnd.class.getName());

    @Inject
    Event<SignedOut> signedOut;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn signedIn) {
            try {
                signedOut.fire(new SignedOut(signedIn.caller()));
            } catch (RuntimeException failed) {
                // The session ends whatever an observer does; what it failed to tidy is logged.
                LOG.log(Level.WARNING, "Tidying up after " + signedIn.caller().principalName() + " failed", failed);
            }
        }
    }
}

package org.gefyra.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gefyra.shared.GefyraSettings;

/**
 * How long a signed-in session lives on the server without a request. A learner's or guest's
 * session ends when the kiosk guard would have signed them out, so a closed tab or a crashed
 * browser leaves nothing behind for the next person at the device; staff get longer.
 */
@ApplicationScoped
public class SessionTimeouts {

    @Inject
    GefyraSettings settings;

    public int secondsFor(Role role) {
        if (role != null && role.isStaff()) {
            return (int) settings.staffIdle().toSeconds();
        }
        return (int) settings.kioskIdle().plus(settings.kioskCountdown()).toSeconds();
    }
}

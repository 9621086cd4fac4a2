package org.gefyra.session.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gefyra.kiosk.web.KioskDevice;
import org.gefyra.session.JoinService;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.security.SignedIn;

/**
 * A learner who signs in at a kiosk of a site while a session of their organisation runs there
 * joins it; one who signs in again elsewhere is back in the session they were in.
 */
@ApplicationScoped
public class KioskJoin {

    private static final Logger LOG = Logger.getLogger(KioskJoin.class.getName());

    @Inject
    KioskDevice device;

    @Inject
    JoinService joins;

    void signedIn(@Observes SignedIn signedIn) {
        Caller caller = signedIn.caller();
        if (!caller.is(Role.LEARNER)) {
            return;
        }
        try {
            Long site = device.siteId();
            if (site == null || joins.joinAtSite(caller, site).isEmpty()) {
                joins.comeBack(caller);
            }
        } catch (RuntimeException failed) {
            // Signing in matters more than joining: the learner can still join with the code.
            LOG.log(Level.WARNING, "Could not join " + caller.principalName() + " to a session at the kiosk", failed);
        }
    }
}

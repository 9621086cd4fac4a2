package org.gefyra.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.gefyra.kiosk.web.KioskDevice;
import org.gefyra.session.JoinCode;
import org.gefyra.session.JoinService;
import org.gefyra.session.RequestPresence;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.security.SignInThrottle;
import org.gefyra.shared.web.Messages;

/**
 * A learner (or a guest) types the code the educator shows, and joins the session: their
 * learning then counts for it and the educator sees them. Wrong codes are counted per device,
 * like wrong card codes, so that codes cannot be guessed.
 */
@Named
@RequestScoped
public class JoinView {

    @Inject
    JoinService joins;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestPresence presence;

    @Inject
    KioskDevice device;

    @Inject
    SignInThrottle throttle;

    @Size(max = JoinCode.LONGEST_TYPED, message = "{error.joinCodeUnknown}")
    private String code;
    private String joined;

    public String join() {
        try (SignInThrottle.Attempt attempt = throttle.attempt(SignInThrottle.Limit.JOIN_CODE_PER_DEVICE, device.throttleKey())) {
            if (attempt.isRefused()) {
                Messages.error("join.wait");
                return null;
            }
            try {
                joined = joins.joinWithCode(caller.get(), code).getTitle();
                presence.forget();
                attempt.right();
            } catch (InvalidInputException refused) {
                if (!"error.joinCodeUnknown".equals(refused.messageKey())) {
                    attempt.right();
                }
                Messages.invalid(refused, "join");
            }
        }
        return null;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getJoined() { return joined; }
}

package org.gefyra.session.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.gefyra.learning.LearnerKey;
import org.gefyra.session.AttendanceService;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.security.Role;

/**
 * On a learner's pages: the session they are in, if any, and the "I need help" button, which
 * shows on the educator's live view at once.
 */
@Named("inSession")
@RequestScoped
public class InSessionView {

    @Inject
    AttendanceService attendance;

    @Inject
    CurrentCaller caller;

    private Optional<AttendanceService.Joined> joined;

    public Optional<AttendanceService.Joined> joined() {
        if (joined == null) {
            joined = caller.get().is(Role.LEARNER, Role.GUEST)
                    ? attendance.current(LearnerKey.of(caller.get())) : Optional.empty();
        }
        return joined;
    }

    public boolean isIn() {
        return joined().isPresent();
    }

    public String getTitle() {
        return joined().map(AttendanceService.Joined::title).orElse(null);
    }

    public boolean isHelpAsked() {
        return joined().map(AttendanceService.Joined::helpAsked).orElse(false);
    }

    public String askForHelp() {
        if (caller.get().is(Role.LEARNER, Role.GUEST)) {
            attendance.askForHelp(caller.get());
            joined = null;
        }
        return null;
    }
}

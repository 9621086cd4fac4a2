package org.gefyra.session.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.gefyra.learning.LearnerKey;
import org.gefyra.session.JoinService;
import org.gefyra.session.RequestPresence;
import org.gefyra.shared.security.CurrentCaller;
import org.gefyra.shared.security.Role;

/**
 * On a learner's pages: the session they are in, if any, and the "I need help" button, which
 * shows on the educator's live view at once. It keeps nothing of its own (the request's
 * {@link RequestPresence} does), so one serves every request.
 */
@Named("inSession")
@ApplicationScoped
public class InSessionView {

    @Inject
    JoinService joins;

    @Inject
    RequestPresence presence;

    @Inject
    CurrentCaller caller;

    public Optional<JoinService.Joined> joined() {
        return caller.get().is(Role.LEARNER, Role.GUEST) ? presence.of(LearnerKey.of(caller.get())) : Optional.empty();
    }

    public boolean isIn() {
        return joined().isPresent();
    }

    public String getTitle() {
        return joined().map(JoinService.Joined::title).orElse(null);
    }

    public boolean isHelpAsked() {
        return joined().map(JoinService.Joined::helpAsked).orElse(false);
    }

    public String askForHelp() {
        if (caller.get().is(Role.LEARNER, Role.GUEST)) {
            joins.askForHelp(caller.get());
            presence.forget();
        }
        return null;
    }
}

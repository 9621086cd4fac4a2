package org.gefyra.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.gefyra.shared.security.Caller;
import org.gefyra.shared.security.Role;
import org.gefyra.shared.web.request.CurrentRequest;

/**
 * The caller of the current request, for views ({@code get()}) and pages ({@code #{caller.admin}}). It keeps
 * nothing of its own (the caller is the request's attribute), so one serves every request rather than a
 * new one being made for each.
 */
@Named("caller")
@ApplicationScoped
public class CurrentCaller {

    @Inject
    HttpServletRequest request;

    public Caller get() {
        return CurrentRequest.or(request).getAttribute(GefyraAuthentication.CALLER_ATTRIBUTE) instanceof Caller caller
                ? caller : Caller.ANONYMOUS;
    }

    public boolean isSignedIn() {
        return get().isSignedIn();
    }

    public boolean isStaff() {
        return get().isStaff();
    }

    public boolean isAdmin() {
        return get().is(Role.ADMIN);
    }

    public boolean isEducator() {
        return get().is(Role.EDUCATOR, Role.ADMIN);
    }

    public boolean isCoordinator() {
        return get().is(Role.COORDINATOR, Role.ADMIN);
    }

    /** Writes or checks content: an author or an administrator, who may preview any module. */
    public boolean isAuthor() {
        return get().is(Role.AUTHOR, Role.ADMIN);
    }

    public boolean isLearner() {
        return get().is(Role.LEARNER, Role.GUEST);
    }

    public boolean isGuest() {
        return get().is(Role.GUEST);
    }

    public String getName() {
        return get().name();
    }
}

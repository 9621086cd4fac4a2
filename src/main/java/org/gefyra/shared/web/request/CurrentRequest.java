package org.gefyra.shared.web.request;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The request being answered, for the beans that every page asks several times (its caller, its
 * language, the "I am done" address). An injected {@code HttpServletRequest} is Weld's proxy, which
 * finds the request again on every call: on a learner's step page that was about 2% of its
 * processor time. While Faces makes a page it holds the request itself; elsewhere (a servlet, a
 * REST resource, a filter) the injected one is used.
 */
public final class CurrentRequest {

    private CurrentRequest() {
    }

    public static HttpServletRequest or(HttpServletRequest injected) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getExternalContext().getRequest() instanceof HttpServletRequest request
                ? request : injected;
    }
}

package org.gefyra.shared.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gefyra.shared.NotAllowedException;
import org.gefyra.shared.persistence.DatabaseOutage;
import org.gefyra.shared.persistence.WriteConflict;

/**
 * Turns what goes wrong while a page is handled into a friendly page in the user's language:
 * 403 when the caller may not see something, the "page expired" page for an old or unknown form, 503
 * ("we cannot save right now") when the database cannot write for a moment or other requests kept
 * it from writing, and a 500 page (with the
 * details only in the server log) for anything else. Never a stack trace.
 */
public class FriendlyExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(FriendlyExceptionHandler.class.getName());

    public FriendlyExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        if (!events.hasNext()) {
            getWrapped().handle();
            return;
        }
        ExceptionQueuedEventContext event = events.next().getContext();
        Throwable thrown = event.getException();
        clear();
        FacesContext faces = event.getContext();
        try {
            respond(faces, thrown, event.getPhaseId());
        } catch (IOException | IllegalStateException cannotRespond) {
            LOG.log(Level.FINE, "The response was already under way", cannotRespond);
        }
        faces.responseComplete();
    }

    private void respond(FacesContext faces, Throwable thrown, PhaseId phase) throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (phase == PhaseId.RENDER_RESPONSE && !external.isResponseCommitted()) {
            // a page that fails halfway through is thrown away whole, so the error page can take its place
            external.responseReset();
            SecurityHeadersFilter.apply((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        }
        if (causedBy(thrown, ViewExpiredException.class) || cannotRestoreForm(faces, phase)) {
            external.redirect(external.getRequestContextPath() + "/error/expired.xhtml");
        } else if (causedBy(thrown, NotAllowedException.class)) {
            external.responseSendError(403, null);
        } else if (causedBy(thrown, FileNotFoundException.class)) {
            external.responseSendError(404, null);
        } else if (DatabaseOutage.causedBy(thrown)) {
            LOG.log(Level.WARNING, "The database could not write for " + external.getRequestServletPath()
                    + ": the change was refused whole; " + rootMessage(thrown));
            external.setResponseHeader("Retry-After", "60");
            external.responseSendError(503, null);
        } else if (WriteConflict.causedBy(thrown)) {
            LOG.log(Level.WARNING, "Other requests kept " + external.getRequestServletPath()
                    + " from writing, however often it tried: the change was refused whole; " + rootMessage(thrown));
            external.setResponseHeader("Retry-After", "5");
            external.responseSendError(503, null);
        } else {
            LOG.log(Level.SEVERE, "Error on " + external.getRequestServletPath(), thrown);
            external.responseSendError(500, null);
        }
    }

    /**
     * A form sent with a view state that does not belong to its page (for instance "stateless" to
     * a page that keeps state) cannot be restored: to the person it is the same as an expired form.
     */
    private static boolean cannotRestoreForm(FacesContext faces, PhaseId phase) {
        return phase == PhaseId.RESTORE_VIEW && faces.isPostback();
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.toString();
    }

    private void clear() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            events.next();
            events.remove();
        }
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}

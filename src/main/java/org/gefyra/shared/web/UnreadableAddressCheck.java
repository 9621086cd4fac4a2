package org.gefyra.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with an address parameter it cannot take (a page's {@code ?id=} that is no
 * number) is a page that does not exist: "We cannot find this page", where the page would
 * otherwise show itself without what it is about, or fail.
 */
public class UnreadableAddressCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()) {
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
            faces.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing to do before the parameters are checked
    }
}

package org.gefyra.learner.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.gefyra.learner.CardSheet;
import org.gefyra.learner.IssuedCard;
import org.gefyra.shared.web.PageTexts;

/** Answers a print button with the PDF of the cards just made, to download and print; never kept by a browser or a proxy. */
final class CardsPdf {

    private CardsPdf() {
    }

    static void send(List<IssuedCard> cards, String fileName) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        external.setResponseHeader("Cache-Control", "private, no-store");
        try {
            CardSheet.write(cards, PageTexts.locale(), external.getResponseOutputStream());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        faces.responseComplete();
    }
}

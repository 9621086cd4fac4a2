package org.gefyra.shared.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Sending the browser on to another page of Gefyra after an action (post, then redirect). */
public final class Navigation {

    private Navigation() {
    }

    public static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Keeps this request's messages for the page the browser is sent to next. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}

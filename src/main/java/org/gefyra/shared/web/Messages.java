package org.gefyra.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.gefyra.shared.InvalidInputException;
import org.gefyra.shared.i18n.Texts;

/** Messages for the person at the screen, from the interface's bundle, in the page's language. */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        return Texts.MESSAGES.format(PageTexts.locale(), key, arguments);
    }

    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /**
     * Shows a refused input next to its field when the form has a field of that id, else at the
     * top of the page.
     */
    public static void invalid(InvalidInputException refused, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = formId + ":" + refused.field();
        UIComponent field = faces.getViewRoot().findComponent(clientId);
        add(field == null ? null : clientId, FacesMessage.SEVERITY_ERROR, text(refused.messageKey()));
        faces.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}

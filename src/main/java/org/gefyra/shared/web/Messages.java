package org.gefyra.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.gefyra.shared.InvalidInputException;

/** Messages for the person at the screen, from the resource bundles, in the page's language. */
public final class Messages {

    private static final String BUNDLE = "org.gefyra.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : MessageFormat.format(pattern.replace("'", "''"), arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
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

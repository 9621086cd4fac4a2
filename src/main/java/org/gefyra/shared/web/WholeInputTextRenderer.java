package org.gefyra.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;

/**
 * PrimeFaces' text box, except that what is sent longer than the box's {@code maxlength} is
 * kept whole, where PrimeFaces would cut it: the field's own check then refuses it with "This is
 * too long", instead of storing a part of it unasked (a browser never sends more; a crafted
 * request does, and a cut "2999-12-31" would pass as the PIN "2999").
 */
public class WholeInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputText input = (InputText) component;
        if (input.getMaxlength() > 0 && input.getSubmittedValue() != null) {
            String sent = context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
            if (sent != null && sent.length() > input.getMaxlength()) {
                input.setSubmittedValue(sent);
            }
        }
    }
}

package org.gefyra.shared.web;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import org.primefaces.renderkit.BodyRenderer;
import org.primefaces.util.HTML;

/**
 * PrimeFaces' page body, started without looking up every attribute a {@code <body>} may have when
 * the component has none of them set: Gefyra's {@code h:body} carries only {@code data-*} attributes
 * passed through ({@code f:passThroughAttribute}), yet PrimeFaces asked for each of the thirty or so
 * others on every page (3 to 5% of a step page's processor time). The rest (PrimeFaces' scripts
 * and resources at the end of the body) is PrimeFaces' own.
 */
public class PassThroughBodyRenderer extends BodyRenderer {

    /**
     * Where Faces keeps the names of the attributes a component has been given (Faces' own key): a
     * body's own ones, and Faces' and Facelets' marks, which are not written.
     */
    private static final String ATTRIBUTES_SET = "jakarta.faces.component.UIComponentBase.attributesThatAreSet";

    static boolean hasOwnAttributes(UIComponent component) {
        if (component.getAttributes().get(ATTRIBUTES_SET) instanceof Collection<?> set) {
            for (Object name : set) {
                if ("styleClass".equals(name) || HTML.BODY_ATTRS.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
        if (hasOwnAttributes(component)) {
            super.encodeBegin(context, component);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("body", component);
        if (shouldWriteId(component)) {
            writer.writeAttribute("id", component.getClientId(context), "id");
        }
        Map<String, Object> passedThrough = component.getPassThroughAttributes(false);
        if (passedThrough == null) {
            return;
        }
        for (Map.Entry<String, Object> attribute : passedThrough.entrySet()) {
            Object value = attribute.getValue() instanceof ValueExpression expression
                    ? expression.getValue(context.getELContext()) : attribute.getValue();
            if (value != null) {
                writer.writeAttribute(attribute.getKey(), value.toString(), null);
            }
        }
    }
}

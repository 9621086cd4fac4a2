package org.gefyra.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeRequestContext;
import org.primefaces.renderkit.HeadRenderer;

/**
 * PrimeFaces' page head, without PrimeFaces' settings and start-up scripts on a page that loads no
 * PrimeFaces script (every learner page): there they do nothing (they begin with
 * {@code if(window.PrimeFaces)}), yet were written, with a nonce, on every step page.
 */
public class PrimeFacesOnlyWhereUsedHeadRenderer extends HeadRenderer {

    @Override
    protected void encodeSettingScripts(FacesContext context, PrimeRequestContext requestContext,
            PrimeConfiguration configuration, ResponseWriter writer) throws IOException {
        if (usesPrimeFacesScripts(context)) {
            super.encodeSettingScripts(context, requestContext, configuration, writer);
        }
    }

    @Override
    protected void encodeInitScripts(FacesContext context, PrimeRequestContext requestContext,
            PrimeConfiguration configuration, ResponseWriter writer) throws IOException {
        if (usesPrimeFacesScripts(context)) {
            super.encodeInitScripts(context, requestContext, configuration, writer);
        }
    }

    static boolean usesPrimeFacesScripts(FacesContext context) {
        for (String target : new String[] {"head", "body"}) {
            for (UIComponent resource : context.getViewRoot().getComponentResources(context, target)) {
                if (resource.getAttributes().get("library") instanceof String library && library.startsWith("primefaces")
                        && resource.getAttributes().get("name") instanceof String name && name.endsWith(".js")) {
                    return true;
                }
            }
        }
        return false;
    }
}

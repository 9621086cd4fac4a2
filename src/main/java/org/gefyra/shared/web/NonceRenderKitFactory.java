package org.gefyra.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.servlet.ServletRequest;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Makes every render kit write pages through {@link NonceResponseWriter}. */
public class NonceRenderKitFactory extends RenderKitFactory {

    /** The view's attribute that keeps the nonce its page was written with. */
    static final String PAGE_NONCE = "gefyra.pageNonce";

    private final Map<String, RenderKit> kits = new ConcurrentHashMap<>();

    public NonceRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        kits.remove(renderKitId);
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : kits.computeIfAbsent(renderKitId, id -> new NonceRenderKit(kit));
    }

    @Override
    public java.util.Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class NonceRenderKit extends RenderKitWrapper {

        NonceRenderKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public ResponseWriter createResponseWriter(Writer writer, String contentTypeList, String characterEncoding) {
            ResponseWriter created = getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding);
            FacesContext context = FacesContext.getCurrentInstance();
            if (created == null || context == null || !(context.getExternalContext().getRequest() instanceof ServletRequest request)) {
                return created;
            }
            boolean ajax = context.getPartialViewContext().isAjaxRequest();
            String nonce = ContentSecurityPolicy.nonce(request);
            if (context.getViewRoot() != null) {
                // An ajax answer is read by the page that asked, whose policy names the nonce it was written with:
                // the page keeps it in its view, and its ajax answers use it.
                if (ajax && context.getViewRoot().getAttributes().get(PAGE_NONCE) instanceof String pageNonce) {
                    nonce = pageNonce;
                } else if (!ajax) {
                    context.getViewRoot().getAttributes().put(PAGE_NONCE, nonce);
                }
            }
            return new NonceResponseWriter(created, nonce, ajax);
        }
    }
}

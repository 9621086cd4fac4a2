package org.gefyra.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UniqueIdVendor;
import jakarta.faces.view.facelets.FaceletContext;
import jakarta.faces.view.facelets.TagAttribute;
import jakarta.faces.view.facelets.TagConfig;
import jakarta.faces.view.facelets.TagHandler;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code <g:fixed key="#{...}">plain HTML with #{...}</g:fixed>}: a part of a page that is the
 * same for everyone with the same key (the page's language, a step of a module) is built and
 * written once per key, and from then on written as the text it was, without building its
 * components or evaluating its expressions again. On a learner's step page, building and writing
 * the page was two thirds of its processor time; most of it is such parts: the reading tools,
 * the "Are you still there?" and "Are you done?" dialogs, the step's text, Back and Next.
 * <p>
 * The key is evaluated when the page is built, before any action of the request runs, so it must
 * hold everything the part shows that could differ, and nothing an action could change (whether
 * help was asked, who is signed in): those stay outside. Without a key (null), the part is built
 * and written as if the tag were not there. The part must hold plain HTML only, no
 * form or other component with a state. Each tag keeps its own parts, at most {@link #KEPT}.
 */
public final class FixedHtmlHandler extends TagHandler {

    static final int KEPT = 2_000;

    private final TagAttribute key;
    private final Map<Object, String> known = new ConcurrentHashMap<>();

    public FixedHtmlHandler(TagConfig config) {
        super(config);
        this.key = getRequiredAttribute("key");
    }

    private static UniqueIdVendor closestIdVendor(UIComponent parent, FaceletContext context) {
        for (UIComponent component = parent; component != null; component = component.getParent()) {
            if (component instanceof UniqueIdVendor vendor) {
                return vendor;
            }
        }
        return context.getFacesContext().getViewRoot();
    }

    @Override
    public void apply(FaceletContext context, UIComponent parent) throws IOException {
        Object value = key.getObject(context);
        if (value == null) {
            nextHandler.apply(context, parent);
            return;
        }
        String html = known.get(value);
        // A page posted back may be built again onto what was restored: the part built before is
        // replaced, as Facelets replaces its own components, and keeps the same id made from the tag.
        String mark = context.generateUniqueId(tagId);
        for (UIComponent child : parent.getChildren()) {
            if (child instanceof FixedHtml built && built.isOf(mark)) {
                parent.getChildren().remove(child);
                break;
            }
        }
        FixedHtml part = new FixedHtml(known, value, html, mark);
        part.setId(closestIdVendor(parent, context).createUniqueId(context.getFacesContext(), mark));
        parent.getChildren().add(part);
        if (html == null) {
            nextHandler.apply(context, part);
        }
    }
}

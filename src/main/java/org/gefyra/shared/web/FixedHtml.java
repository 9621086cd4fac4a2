package org.gefyra.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * A part of a page written once and then repeated: see {@link FixedHtmlHandler}. Built without
 * children when its HTML is already known, with them (to write it the first time) when not.
 * It keeps no state: a page posted back builds it again from the page's file.
 */
final class FixedHtml extends UIComponentBase {

    private final Map<Object, String> known;
    private final Object key;
    private final String html;
    private final String mark;

    FixedHtml(Map<Object, String> known, Object key, String html, String mark) {
        this.known = known;
        this.key = key;
        this.html = html;
        this.mark = mark;
        setTransient(true);
    }

    /** Whether this part was made by the tag of that mark ({@code FaceletContext.generateUniqueId}). */
    boolean isOf(String tagMark) {
        return mark.equals(tagMark);
    }

    @Override
    public String getFamily() {
        return "org.gefyra.FixedHtml";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeAll(FacesContext context) throws IOException {
        if (!isRendered()) {
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        if (html != null) {
            writer.write(html);
            return;
        }
        writer.write(""); // closes a start tag left open before this part
        StringWriter written = new StringWriter();
        ResponseWriter capturing = writer.cloneWithWriter(written);
        context.setResponseWriter(capturing);
        try {
            for (UIComponent child : getChildren()) {
                child.encodeAll(context);
            }
            capturing.flush();
        } finally {
            context.setResponseWriter(writer);
        }
        String result = written.toString();
        if (known.size() >= FixedHtmlHandler.KEPT) {
            known.clear(); // content reloaded many times: start again rather than grow
        }
        known.put(key, result);
        writer.write(result);
    }
}

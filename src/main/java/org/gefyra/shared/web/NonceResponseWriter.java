package org.gefyra.shared.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes pages so that the Content-Security-Policy needs nothing inline: every {@code <script>}
 * that Faces, PrimeFaces or a page writes carries the answer's nonce, and every inline event
 * handler ({@code onclick="..."}, as Mojarra writes for a command link) moves into one script with
 * that nonce at the end of the body, which attaches the same code with {@code addEventListener}.
 * An ajax answer is read by the page that asked: its scripts carry that page's nonce, and the
 * handlers of each part it updates move into a script at the end of that part. An element hidden
 * with an inline {@code style="display:none"} (PrimeFaces' poll) gets the {@code hidden} attribute
 * instead.
 */
final class NonceResponseWriter extends ResponseWriterWrapper {

    /** The handlers of the page so far: element id, then event name and code. */
    private final Map<String, Map<String, String>> handlers;
    private final String nonce;
    private final boolean ajax;
    /** Ids given to elements that had none, unique in the page, also across its ajax answers. */
    private final GeneratedIds generatedIds;

    private String element;
    private String elementId;
    private boolean nonceWritten;
    private Map<String, String> elementHandlers;

    NonceResponseWriter(ResponseWriter wrapped, String nonce, boolean ajax) {
        this(wrapped, nonce, ajax, new LinkedHashMap<>(), new GeneratedIds());
    }

    private NonceResponseWriter(ResponseWriter wrapped, String nonce, boolean ajax,
            Map<String, Map<String, String>> handlers, GeneratedIds generatedIds) {
        super(wrapped);
        this.nonce = nonce;
        this.ajax = ajax;
        this.handlers = handlers;
        this.generatedIds = generatedIds;
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
        closeStartTag();
        element = name;
        getWrapped().startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
        if (element != null && isHandler(name)) {
            if (value != null && !value.toString().isBlank()) {
                if (elementHandlers == null) {
                    elementHandlers = new LinkedHashMap<>();
                }
                elementHandlers.put(name.substring(2).toLowerCase(Locale.ROOT), value.toString());
            }
            return;
        }
        if (element != null && "id".equalsIgnoreCase(name) && value != null) {
            elementId = value.toString();
        }
        if (element != null && "style".equalsIgnoreCase(name) && value != null && isJustHidden(value.toString())) {
            // an element PrimeFaces hides with an inline style (a poll's) is hidden without one: the policy allows none
            getWrapped().writeAttribute("hidden", "hidden", null);
            return;
        }
        if (element != null && "nonce".equalsIgnoreCase(name)) {
            nonceWritten = true;
            getWrapped().writeAttribute(name, nonce, property);
            return;
        }
        getWrapped().writeAttribute(name, value, property);
    }

    @Override
    public void writeURIAttribute(String name, Object value, String property) throws IOException {
        if (element != null && "id".equalsIgnoreCase(name) && value != null) {
            elementId = value.toString();
        }
        getWrapped().writeURIAttribute(name, value, property);
    }

    @Override
    public void endElement(String name) throws IOException {
        closeStartTag();
        if ("body".equalsIgnoreCase(name)) {
            writeHandlers();
        }
        getWrapped().endElement(name);
    }

    @Override
    public void writeText(Object text, String property) throws IOException {
        closeStartTag();
        getWrapped().writeText(text, property);
    }

    @Override
    public void writeText(Object text, UIComponent component, String property) throws IOException {
        closeStartTag();
        getWrapped().writeText(text, component, property);
    }

    @Override
    public void writeText(char[] text, int off, int len) throws IOException {
        closeStartTag();
        getWrapped().writeText(text, off, len);
    }

    @Override
    public void writeComment(Object comment) throws IOException {
        closeStartTag();
        getWrapped().writeComment(comment);
    }

    @Override
    public void startCDATA() throws IOException {
        closeStartTag();
        getWrapped().startCDATA();
    }

    @Override
    public void endCDATA() throws IOException {
        closeStartTag();
        if (ajax) {
            // the end of one part of an ajax answer: its handlers go with it
            writeHandlers();
        }
        getWrapped().endCDATA();
    }

    @Override
    public void writeDoctype(String doctype) throws IOException {
        closeStartTag();
        getWrapped().writeDoctype(doctype);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        closeStartTag();
        getWrapped().write(cbuf, off, len);
    }

    @Override
    public void write(String str) throws IOException {
        closeStartTag();
        getWrapped().write(str);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        closeStartTag();
        getWrapped().write(str, off, len);
    }

    @Override
    public void write(int c) throws IOException {
        closeStartTag();
        getWrapped().write(c);
    }

    @Override
    public void flush() throws IOException {
        closeStartTag();
        getWrapped().flush();
    }

    @Override
    public void endDocument() throws IOException {
        closeStartTag();
        getWrapped().endDocument();
    }

    @Override
    public void close() throws IOException {
        closeStartTag();
        getWrapped().close();
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
        return new NonceResponseWriter(getWrapped().cloneWithWriter(writer), nonce, ajax, handlers, generatedIds);
    }

    /**
     * A random prefix, then a count. The prefix is made when the first id is needed, not for every
     * page: most pages (every learner page) need none, and a random prefix cost a secure random draw.
     */
    private static final class GeneratedIds {

        private String prefix;
        private int count;

        String next() {
            if (prefix == null) {
                prefix = "gefyra-handler-" + ContentSecurityPolicy.newNonce().substring(0, 6).replaceAll("[^A-Za-z0-9]", "x") + "-";
            }
            return prefix + ++count;
        }
    }

    private static boolean isJustHidden(String style) {
        return style.replaceAll("[\\s;]", "").equalsIgnoreCase("display:none");
    }

    private boolean isHandler(String name) {
        return name.length() > 2 && name.regionMatches(true, 0, "on", 0, 2)
                && name.chars().skip(2).allMatch(Character::isLetter);
    }

    /** Adds what the start tag still needs, while it is still open: the nonce, an id for moved handlers. */
    private void closeStartTag() throws IOException {
        if (element == null) {
            return;
        }
        String name = element;
        element = null;
        if (("script".equalsIgnoreCase(name) || "style".equalsIgnoreCase(name)) && !nonceWritten) {
            getWrapped().writeAttribute("nonce", nonce, null);
        }
        if (elementHandlers != null) {
            String id = elementId;
            if ((id == null || id.isBlank()) && !"body".equalsIgnoreCase(name)) {
                id = generatedIds.next();
                getWrapped().writeAttribute("id", id, null);
            }
            // The body's load and page events belong to the window, as the attributes on <body> do.
            String target = "body".equalsIgnoreCase(name) ? "" : id;
            handlers.computeIfAbsent(target, key -> new LinkedHashMap<>()).putAll(elementHandlers);
        }
        elementId = null;
        nonceWritten = false;
        elementHandlers = null;
    }

    private void writeHandlers() throws IOException {
        if (handlers.isEmpty()) {
            return;
        }
        StringBuilder script = new StringBuilder("(function(){function on(id,type,handler){var e=id===\"\"?window:"
                + "document.getElementById(id);if(e){e.addEventListener(type,function(event){"
                + "if(handler.call(e,event)===false){event.preventDefault();}});}}\n");
        handlers.forEach((id, events) -> events.forEach((event, code) -> script.append("on(\"")
                .append(jsString(id)).append("\",\"").append(jsString(event)).append("\",function(event){")
                .append(code.replace("</", "<\\/")).append("\n});\n")));
        script.append("})();");
        handlers.clear();
        getWrapped().startElement("script", null);
        getWrapped().writeAttribute("nonce", nonce, null);
        getWrapped().write(script.toString());
        getWrapped().endElement("script");
    }

    private static String jsString(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.') {
                escaped.append(c);
            } else {
                escaped.append(String.format("\\u%04x", (int) c));
            }
        }
        return escaped.toString();
    }
}

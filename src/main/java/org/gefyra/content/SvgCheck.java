package org.gefyra.content;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an SVG picture as XML and keeps it only if every element and attribute is one a plain
 * drawing needs: shapes, text, colours, gradients, patterns, clips, masks and filters. Nothing
 * that runs, links, loads or embeds anything (script, foreignObject, a, image, animations,
 * {@code on...} handlers, links other than to a part of the same picture, style sheets that
 * import) is on the list, in any namespace. A document type with declarations of its own is
 * refused, no external DTD or entity is read, and bytes that are no well-formed SVG document are no
 * picture at all.
 */
final class SvgCheck {

    static final String SVG = "http://www.w3.org/2000/svg";
    static final String XLINK = "http://www.w3.org/1999/xlink";

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "title", "desc",
            "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
            "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "style",
            "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feDropShadow", "feFlood",
            "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology",
            "feOffset");
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "lang", "viewBox", "width",
            "height", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points",
            "pathLength", "transform", "preserveAspectRatio", "version", "baseProfile", "href", "fill",
            "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
            "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "color",
            "display", "visibility", "overflow", "clip-path", "clip-rule", "mask", "filter", "shape-rendering",
            "vector-effect", "paint-order", "font-family", "font-size", "font-weight", "font-style",
            "font-variant", "text-anchor", "dominant-baseline", "alignment-baseline", "baseline-shift",
            "letter-spacing", "word-spacing", "text-decoration", "writing-mode", "direction", "dx", "dy", "rotate",
            "textLength", "lengthAdjust", "startOffset", "method", "spacing", "side", "gradientUnits",
            "gradientTransform", "spreadMethod", "offset", "stop-color", "stop-opacity", "patternUnits",
            "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits",
            "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient", "marker-start", "marker-mid",
            "marker-end", "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode",
            "operator", "values", "type", "tableValues", "slope", "intercept", "amplitude", "exponent",
            "flood-color", "flood-opacity", "lighting-color", "k1", "k2", "k3", "k4", "radius", "color-interpolation",
            "color-interpolation-filters", "role", "aria-label", "aria-hidden", "aria-labelledby",
            "aria-describedby", "focusable", "media");
    /** Any reference to something that is not part of this picture: only {@code url(#id)} may stay. */
    private static final Pattern OUTSIDE_REFERENCE = Pattern.compile("url\\s*\\(\\s*(?!['\"]?\\s*#)",
            Pattern.CASE_INSENSITIVE);
    /** What a style sheet could use to load, run or hide something. */
    /** A document type with declarations of its own: entities, attribute defaults. */
    private static final Pattern INTERNAL_SUBSET = Pattern.compile("<!DOCTYPE[^>\\[]*\\[", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE_STYLE = Pattern.compile("@import|expression\\s*\\(|javascript:|\\\\|<",
            Pattern.CASE_INSENSITIVE);

    private SvgCheck() {
    }

    /** What {@link #firstProblem} says of bytes that are no SVG picture at all. */
    static final String NOT_AN_SVG = "";

    /**
     * What in the picture is not allowed, as written in it (an element, an attribute, a link: the
     * same in every language); {@link #NOT_AN_SVG} for something that is no SVG; empty when it is fine.
     */
    static Optional<String> firstProblem(byte[] svg) {
        if (INTERNAL_SUBSET.matcher(new String(svg, StandardCharsets.UTF_8)).find()) {
            return Optional.of("<!DOCTYPE [...]>");
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("no external entity is read: " + systemId);
        });
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(svg));
            boolean root = true;
            boolean inStyle = false;
            while (reader.hasNext()) {
                int event = reader.next();
                Optional<String> problem = switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Optional<String> wrong = element(reader, root);
                        root = false;
                        inStyle = "style".equals(reader.getLocalName());
                        yield wrong;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        inStyle = false;
                        yield Optional.empty();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA ->
                            inStyle ? style(reader.getText()) : Optional.empty();
                    case XMLStreamConstants.ENTITY_REFERENCE -> Optional.of("&" + reader.getLocalName() + ";");
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> Optional.of("<?" + reader.getPITarget() + "?>");
                    default -> Optional.empty();
                };
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return root ? Optional.of(NOT_AN_SVG) : Optional.empty();
        } catch (XMLStreamException | RuntimeException notXml) {
            return Optional.of(NOT_AN_SVG);
        } finally {
            close(reader);
        }
    }

    private static Optional<String> element(XMLStreamReader reader, boolean root) {
        String name = reader.getLocalName();
        if (root && !(SVG.equals(reader.getNamespaceURI()) && name.equals("svg"))) {
            return Optional.of(NOT_AN_SVG);
        }
        if (!SVG.equals(reader.getNamespaceURI()) || !ELEMENTS.contains(name)) {
            return Optional.of("<" + qualified(reader.getPrefix(), name) + ">");
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String namespace = reader.getAttributeNamespace(i);
            String attribute = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            String shown = qualified(reader.getAttributePrefix(i), attribute);
            boolean allowed = namespace == null || namespace.isEmpty() ? ATTRIBUTES.contains(attribute)
                    : XLINK.equals(namespace) ? attribute.equals("href")
                    : XMLConstants.XML_NS_URI.equals(namespace) && (attribute.equals("space") || attribute.equals("lang"));
            if (!allowed) {
                return Optional.of("<" + name + " " + shown + "=\"...\">");
            }
            if (attribute.equals("href") && !value.strip().startsWith("#")) {
                return Optional.of(shown + "=\"" + shortened(value) + "\"");
            }
            Optional<String> outside = attribute.equals("style") ? style(value) : references(value);
            if (outside.isPresent()) {
                return outside;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> style(String css) {
        Matcher unsafe = UNSAFE_STYLE.matcher(css);
        return unsafe.find() ? Optional.of(shortened(unsafe.group())) : references(css);
    }

    private static Optional<String> references(String value) {
        Matcher outside = OUTSIDE_REFERENCE.matcher(value);
        return outside.find() ? Optional.of(shortened(value.substring(outside.start()))) : Optional.empty();
    }

    private static String shortened(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
    }

    private static String qualified(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was open beyond the bytes in memory
            }
        }
    }

    static boolean isSvg(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".svg");
    }
}

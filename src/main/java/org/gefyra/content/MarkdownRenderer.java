package org.gefyra.content;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns an author's Markdown into HTML that is safe to show: CommonMark escapes raw HTML, and an
 * HTML sanitiser then keeps only plain formatting and http(s) links, as a second wall.
 */
final class MarkdownRenderer {

    private static final Pattern WEB_LINK = Pattern.compile("(?i)https?://[^\\s]+");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final PolicyFactory policy = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "hr",
                    "h2", "h3", "h4", "h5", "h6", "a")
            .allowAttributes("href").matching(WEB_LINK).onElements("a")
            .allowUrlProtocols("http", "https")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    String toSafeHtml(String markdown) {
        String html;
        try {
            html = renderer.render(parser.parse(markdown))
                    .replace("<h1>", "<h2>").replace("</h1>", "</h2>");
        } catch (StackOverflowError nestedTooDeep) {
            // thousands of quotes, lists or emphasis inside each other: show the words as plain text
            html = "<p>" + markdown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>";
        }
        return policy.sanitize(html);
    }
}

package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A step's body is Markdown: plain formatting and web links are kept; raw HTML is shown as text,
 * never rendered, and links other than http(s) are dropped with their words kept.
 */
class MarkdownRendererTest {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** The tags of the HTML, without the text between them, which a browser shows as words. */
    private static List<String> tags(String html) {
        Matcher matcher = TAG.matcher(html);
        return matcher.results().map(m -> m.group().toLowerCase(Locale.ROOT)).toList();
    }

    /** Nothing in the markup can run: no script element, no event handler, no script link. */
    private static void assertNothingRuns(String html) {
        for (String tag : tags(html)) {
            assertFalse(tag.contains("<script"), () -> "script in " + html);
            assertFalse(tag.contains("onerror") || tag.matches("(?s).*\\son[a-z]+.*"), () -> "handler in " + html);
            assertFalse(tag.contains("javascript:") || tag.contains("data:"), () -> "script link in " + html);
            assertFalse(tag.startsWith("<img") || tag.startsWith("<iframe") || tag.startsWith("<svg"), () -> html);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "Hello <img src=x onerror=alert(1)> there",
        "<a href=\"javascript:alert(1)\">click</a>",
        "<div onclick=\"alert(1)\">\n\n**hi**\n\n</div>",
        "<iframe src=\"https://example.org\"></iframe>",
        "<svg onload=alert(1)>",
        "Text <b onmouseover=alert(1)>bold</b>",
        "<!-- comment --><style>body{display:none}</style>",
    })
    void rawHtmlIsShownAsTextNeverRendered(String body) {
        String html = markdown.toSafeHtml(body);
        assertNothingRuns(html);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;"), () -> "the HTML should be escaped as text: " + html);
    }

    @Test
    void aScriptTagIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", markdown.toSafeHtml("<script>alert(1)</script>").strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[press here](javascript:alert(1))",
        "[press here](JavaScript:alert(1))",
        "[press here](java&#115;cript:alert(1))",
        "[press here](<javascript:alert(1)>)",
        "[press here](data:text/html,<script>alert(1)</script>)",
        "[press here](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[press here](vbscript:msgbox(1))",
        "[press here](mailto:someone@example.org)",
        "[press here](/admin/content)",
        "[press here](page.html)",
        "[press here](//example.org/path)",
        "[press here](#top)",
    })
    void aLinkThatIsNotHttpIsDroppedAndItsWordsKept(String body) {
        String html = markdown.toSafeHtml(body);
        assertEquals("<p>press here</p>", html.strip());
        assertFalse(html.contains("javascript:") || html.contains("onerror") || html.contains("<script"), html);
    }

    @Test
    void anAutolinkToAScriptIsNotALink() {
        String html = markdown.toSafeHtml("<javascript:alert(1)>");
        assertFalse(html.contains("<a"), html);
        assertNothingRuns(html);
    }

    @Test
    void aWebLinkIsKeptAndOpensNothingBehindIt() {
        String html = markdown.toSafeHtml("Visit [the town hall](https://example.org/forms).");
        assertTrue(html.matches("(?s)<p>Visit <a href=\"https://example\\.org/forms\" rel=\"(noopener noreferrer"
                + "|noreferrer noopener)\">the town hall</a>\\.</p>\\s*"), html);
    }

    @Test
    void aLinkWithAQueryKeepsItsAddress() {
        String html = markdown.toSafeHtml("[form](https://example.org/forms?a=1&b=2)");
        assertTrue(html.contains("href=\"https://example.org/forms?a&#61;1&amp;b&#61;2\""), html);
    }

    @Test
    void aPlainHttpLinkIsKept() {
        String html = markdown.toSafeHtml("[old site](http://example.org)");
        assertTrue(html.contains("href=\"http://example.org\""), html);
        assertTrue(html.contains("noopener"), html);
    }

    @Test
    void boldItalicAndListsAreKept() {
        String html = markdown.toSafeHtml("Press **Confirm** *slowly*.\n\n- one\n- two\n\n1. first\n2. second\n");
        assertTrue(html.contains("<strong>Confirm</strong>"), html);
        assertTrue(html.contains("<em>slowly</em>"), html);
        assertTrue(html.matches("(?s).*<ul>\\s*<li>one</li>\\s*<li>two</li>\\s*</ul>.*"), html);
        assertTrue(html.matches("(?s).*<ol>\\s*<li>first</li>\\s*<li>second</li>\\s*</ol>.*"), html);
    }

    @Test
    void aTopHeadingBecomesASecondLevelHeading() {
        String html = markdown.toSafeHtml("# Welcome\n\nText");
        assertTrue(html.contains("<h2>Welcome</h2>"), html);
        assertFalse(html.contains("<h1"), html);
    }

    @Test
    void aPictureInMarkdownIsNotShown() {
        String html = markdown.toSafeHtml("![a nurse](https://example.org/nurse.png)");
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void greekArabicAndCyrillicWordsComeThroughUnchanged() {
        String html = markdown.toSafeHtml("**Καλώς ήρθατε** — أهلًا وسهلًا — Ласкаво просимо");
        assertTrue(html.contains("<strong>Καλώς ήρθατε</strong>"), html);
        assertTrue(html.contains("أهلًا وسهلًا"), html);
        assertTrue(html.contains("Ласкаво просимо"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {">", "*", "- ", "["})
    void aBodyNestedThousandsDeepIsRenderedNotThrown(String opener) {
        String body = opener.repeat(50_000) + "deep" + (opener.equals("*") ? "*".repeat(50_000) : "");
        String html = markdown.toSafeHtml(body);
        assertTrue(html.contains("deep"), () -> html.substring(0, Math.min(200, html.length())));
        assertNothingRuns(html);
    }

    @Test
    void aLoadedStepShowsRawHtmlAsText(@TempDir Path dir) {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse");
        content.change("book-a-nurse/text.en.yaml", "    body: You booked a visit to the nurse.",
                "    body: |\n      Well done <script>alert(1)</script>\n      [more](javascript:alert(1))");

        ContentSnapshot snapshot = content.load();

        Rejected.nothing(snapshot);
        String html = snapshot.modules().get("book-a-nurse").text("en").orElseThrow()
                .steps().get("well-done").bodyHtml();
        assertTrue(html.contains("Well done &lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("more") && !html.contains("javascript:"), html);
        assertNothingRuns(html);
    }

    @Test
    void aLoadedStepNestedThousandsDeepDoesNotStopTheLoad(@TempDir Path dir) {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse");
        content.change("book-a-nurse/text.en.yaml", "    body: You booked a visit to the nurse.",
                "    body: \"" + "*".repeat(40_000) + "done" + "*".repeat(40_000) + "\"");

        ContentSnapshot snapshot = content.load();

        Rejected.nothing(snapshot);
        assertTrue(snapshot.modules().get("book-a-nurse").text("en").orElseThrow()
                .steps().get("well-done").bodyHtml().contains("done"));
    }
}

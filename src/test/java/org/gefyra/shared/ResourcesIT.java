package org.gefyra.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.it.Http;
import org.gefyra.it.Who;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet, script, image and font that a page refers to answers 200, including the
 * fonts and images that stylesheets refer to; static files are compressed and cached.
 */
class ResourcesIT {

    private static final Pattern IN_PAGE = Pattern.compile("(?:href|src)=\"([^\"]+\\.(?:css|js|svg|png|ico|woff2?)[^\"]*|/jakarta\\.faces\\.resource/[^\"]+)\"");
    private static final Pattern IN_CSS = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    @Test
    void everyResourceOfEveryPageAnswers() {
        check(new Http(), List.of("/", "/sign-in.xhtml", "/kiosk/index.xhtml", "/kiosk/start.xhtml", "/kiosk/card.xhtml"));
        check(Who.ADMIN.signedIn(), List.of("/admin/index.xhtml", "/admin/organisations.xhtml", "/admin/accounts.xhtml",
                "/admin/content.xhtml", "/educator/index.xhtml", "/reports/index.xhtml", "/staff/account.xhtml"));
        check(Who.LEARNER.signedIn(), List.of("/learn/index.xhtml", "/learn/module.xhtml?id=pay-utility-bill"));
    }

    @Test
    void staticFilesAreCompressedAndCachedForLong() {
        Http http = new Http();
        String page = http.get("/").body();
        Matcher css = Pattern.compile("href=\"(/static/css/gefyra.css\\?v=[^\"]+)\"").matcher(page);
        assertTrue(css.find());
        HttpResponse<byte[]> response = http.gzip(css.group(1));
        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
        HttpResponse<byte[]> html = http.gzip("/");
        assertEquals("gzip", html.headers().firstValue("Content-Encoding").orElse(""), "pages are compressed too");
    }

    private static void check(Http http, List<String> pages) {
        Set<String> resources = new LinkedHashSet<>();
        for (String page : pages) {
            HttpResponse<String> response = http.get(page);
            assertEquals(200, response.statusCode(), page);
            resources.addAll(references(IN_PAGE, response.body(), page));
        }
        List<String> failures = new ArrayList<>();
        Set<String> checked = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(resources);
        while (!queue.isEmpty()) {
            String resource = queue.remove(0);
            if (!checked.add(resource)) {
                continue;
            }
            HttpResponse<String> response = http.get(resource);
            if (response.statusCode() != 200) {
                failures.add(resource + " -> " + response.statusCode());
            } else if (resource.contains(".css")) {
                queue.addAll(references(IN_CSS, response.body(), resource));
            }
        }
        assertTrue(failures.isEmpty(), "Resources that do not answer: " + failures);
        assertTrue(checked.size() > 3, "found resources: " + checked);
    }

    private static List<String> references(Pattern pattern, String text, String base) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String reference = matcher.group(1).replace("&amp;", "&");
            if (reference.startsWith("data:") || reference.startsWith("http") || reference.startsWith("#")) {
                continue;
            }
            if (!reference.startsWith("/")) {
                String dir = base.substring(0, base.lastIndexOf('/') + 1);
                reference = java.net.URI.create(dir).resolve(reference).toString();
            }
            found.add(reference);
        }
        return found;
    }
}

package org.gefyra.bench;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a learner's step page weighs on the wire, gzip on: the first visit (the page and every
 * style sheet, script and image it names) and the next ones (what a browser fetches again: the
 * page, and any resource not allowed to be kept).
 *
 * <pre>java -cp target/test-classes org.gefyra.bench.PageWeight base=http://127.0.0.1:9080</pre>
 */
public final class PageWeight {

    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/[^\"]+\\.(?:css|js|svg|png|webp|jpg|woff2?)(?:\\?[^\"]*)?)\"");

    public static void main(String[] args) throws Exception {
        Arguments given = Arguments.of(args);
        String base = given.text("base", "http://127.0.0.1:9080");
        String module = given.text("module", "benefits-form");
        String step = given.text("step", "welcome");
        String cookie = PageLoad.signIn(base, 1, module, null).get(0);
        String path = "/learn/step.xhtml?module=" + module + "&step=" + step;
        try (HttpConnection connection = new HttpConnection(base)) {
            HttpConnection.Response page = connection.get(path, cookie);
            String html = HttpConnection.once(base, path, cookie, false);
            Set<String> linked = new LinkedHashSet<>();
            Matcher link = LINKED.matcher(html);
            while (link.find()) {
                linked.add(link.group(1).replace("&amp;", "&"));
            }
            long first = page.bodyBytes();
            long next = page.bodyBytes();
            System.out.printf("%-70s %7d bytes%n", path, page.bodyBytes());
            for (String resource : linked) {
                HttpConnection.Response answer = connection.get(resource, null);
                boolean kept = answer.headers().stream().map(h -> h.toLowerCase(Locale.ROOT))
                        .anyMatch(h -> h.startsWith("cache-control:") && h.contains("max-age") && !h.contains("no-"));
                first += answer.bodyBytes();
                next += kept ? 0 : answer.bodyBytes();
                System.out.printf("%-70s %7d bytes%s%n", resource, answer.bodyBytes(), kept ? "" : "  (fetched every time)");
            }
            System.out.printf("first visit %.1f KB, next visits %.1f KB (gzip)%n", first / 1024.0, next / 1024.0);
            HttpConnection.post(base, "/sign-out", cookie, Map.of());
        }
    }
}

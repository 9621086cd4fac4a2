package org.gefyra.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.it.Http;
import org.gefyra.it.PrintedCards;

/** What an educator does on the learners' pages, over HTTP, as a browser would; each step checks it worked. */
public final class LearnerPages {

    private LearnerPages() {
    }

    /** The fields of a learner form that the site with this name would get, given a name. */
    public static Map<String, String> learner(Http educator, String page, String form, String name, String siteName) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("displayName", name);
        fields.put("picture", "STAR");
        fields.put("language", "en");
        fields.put("site", option(educator.get(page).body(), form + ":site", siteName));
        fields.put("consentProgress", "on");
        fields.put("pin", "1357");
        return fields;
    }

    /** Registers a learner at a site through the registration page; returns the new learner's id. */
    public static long register(Http educator, String name, String siteName) {
        HttpResponse<String> registered = educator.submit("/educator/learners/new.xhtml", "learner", "register",
                learner(educator, "/educator/learners/new.xhtml", "learner", name, siteName));
        String location = registered.headers().firstValue("Location").orElse("");
        Matcher id = Pattern.compile("edit\\.xhtml\\?id=(\\d+)").matcher(location);
        assertTrue(registered.statusCode() == 302 && id.find(), "registering " + name + " answered "
                + registered.statusCode() + " " + location);
        return Long.parseLong(id.group(1));
    }

    /** Prints the learner's card from their page; returns the PDF. */
    public static byte[] printCard(Http educator, long learnerId) {
        HttpResponse<byte[]> pdf = educator.download(educator.form(page(learnerId), "card"), "print", Map.of());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        assertTrue(pdf.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "a card is never kept by a cache");
        return pdf.body();
    }

    /** Prints the learner's card and reads its code from the QR code, as a camera would. */
    public static String newCard(Http educator, long learnerId) {
        List<String> codes = PrintedCards.qrCodes(printCard(educator, learnerId));
        assertEquals(1, codes.size());
        return codes.get(0);
    }

    public static String page(long learnerId) {
        return "/educator/learners/edit.xhtml?id=" + learnerId;
    }

    /** The learner with this name on the learners' list as the client sees it; fails if not there. */
    public static long idOf(Http educator, String name) {
        Matcher row = Pattern.compile("edit\\.xhtml\\?id=(\\d+)\"[^>]*>\\s*<img[^>]*>\\s*<span class=\"learner-name\">"
                + Pattern.quote(name) + "</span>").matcher(educator.get("/educator/learners/index.xhtml").body());
        assertTrue(row.find(), name + " is not on the learners' list");
        return Long.parseLong(row.group(1));
    }

    /** The value of the option with this label in a list of a page. */
    public static String option(String page, String selectId, String label) {
        Matcher select = Pattern.compile("<select id=\"" + Pattern.quote(selectId) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(select.find(), "no list " + selectId);
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>" + Pattern.quote(label) + "</option>")
                .matcher(select.group(1));
        assertTrue(option.find(), "no " + label + " in " + selectId);
        return option.group(1);
    }
}

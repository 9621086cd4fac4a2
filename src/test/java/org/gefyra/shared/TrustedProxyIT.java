package org.gefyra.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.it.Http;
import org.gefyra.it.RawHttp;
import org.gefyra.it.RawHttp.Answer;
import org.gefyra.it.Server;
import org.junit.jupiter.api.Test;

/**
 * Behind a TLS proxy: only the proxy may say that a visitor came over HTTPS. The test server
 * trusts 127.0.0.2 as its proxy (GEFYRA_TRUSTED_PROXIES in src/test/liberty/server.env); from there,
 * "X-Forwarded-For: (the visitor)" with "X-Forwarded-Proto: https" makes Gefyra's cookies Secure and its pages expect an https Origin.
 * The same header from any other address changes nothing.
 */
class TrustedProxyIT {

    private static final String PROXY = "127.0.0.2";
    private static final String ANYONE = "127.0.0.1";
    /** What a proxy says about a visitor who came over HTTPS (Liberty reads the protocol only with the address). */
    private static final Map<String, String> HTTPS = Map.of("X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https");

    @Test
    void theLanguageCookieIsSecureOnlyWhenTheTrustedProxySaysHttps() {
        assertSecure(true, RawHttp.send(PROXY, "GET", "/?lang=el", HTTPS, null).cookie("gefyra-lang"));
        assertSecure(false, RawHttp.send(ANYONE, "GET", "/?lang=el", HTTPS, null).cookie("gefyra-lang"));
        assertSecure(false, RawHttp.send(PROXY, "GET", "/?lang=el", Map.of(), null).cookie("gefyra-lang"));
        assertSecure(false, RawHttp.send(ANYONE, "GET", "/?lang=el", Map.of("$WSIS", "true", "$WSSC", "https",
                "Forwarded", "proto=https"), null).cookie("gefyra-lang"));
    }

    @Test
    void theKioskCookieIsSecureBehindTheProxy() {
        for (String from : new String[] {PROXY, ANYONE}) {
            Map<String, String> cookies = new LinkedHashMap<>();
            Answer signedIn = submit(from, cookies, "/sign-in.xhtml", "signIn", "submit",
                    Map.of("username", "nikos", "password", Server.DEMO_PASSWORD));
            assertEquals(302, signedIn.status(), "nikos signs in through " + from);
            Answer page = get(from, cookies, "/educator/index.xhtml");
            Matcher site = Pattern.compile("<select id=\"kiosk:site\"[^>]*>.*?<option value=\"([^\"]+)\"", Pattern.DOTALL)
                    .matcher(page.body());
            assertTrue(site.find(), page.body());
            Answer made = submit(from, cookies, "/educator/index.xhtml", "kiosk", "make",
                    Map.of("site", site.group(1), "label", "Behind the proxy " + from));
            String kiosk = made.cookie("gefyra-kiosk");
            assertNotNull(kiosk, "the device became a kiosk through " + from + ": " + made.status());
            assertSecure(from.equals(PROXY), kiosk);
        }
    }

    @Test
    void behindTheProxyAFormMustComeFromTheHttpsAddress() {
        Answer same = RawHttp.send(PROXY, "POST", "/sign-out", headers(Map.of("Origin", "https://" + host(),
                "Content-Type", "application/x-www-form-urlencoded")), "");
        assertEquals(302, same.status(), "from the https address the proxy serves");
        Answer plain = RawHttp.send(PROXY, "POST", "/sign-out", headers(Map.of("Origin", "http://" + host(),
                "Content-Type", "application/x-www-form-urlencoded")), "");
        assertEquals(403, plain.status(), "from the plain http address, which the proxy does not serve");
    }

    private static Answer get(String from, Map<String, String> cookies, String path) {
        Answer answer = RawHttp.send(from, "GET", path, withCookies(from, cookies, Map.of()), null);
        keep(answer, cookies);
        return answer;
    }

    private static Answer submit(String from, Map<String, String> cookies, String path, String formId, String button,
            Map<String, String> fields) {
        Answer page = get(from, cookies, path);
        Http.Form form = Http.formIn(page.body(), formId).orElseThrow(() -> new AssertionError(path + ": " + page.body()));
        Map<String, String> headers = new LinkedHashMap<>(withCookies(from, cookies, Map.of(
                "Content-Type", "application/x-www-form-urlencoded")));
        Answer answer = RawHttp.send(from, "POST", form.action(), headers, Http.encoded(Http.fields(form, button, fields)));
        keep(answer, cookies);
        return answer;
    }

    private static Map<String, String> withCookies(String from, Map<String, String> cookies, Map<String, String> more) {
        Map<String, String> headers = new LinkedHashMap<>(more);
        if (from.equals(PROXY)) {
            headers.putAll(HTTPS);
        }
        if (!cookies.isEmpty()) {
            headers.put("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        return headers;
    }

    private static void keep(Answer answer, Map<String, String> cookies) {
        for (String set : answer.all("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
    }

    private static Map<String, String> headers(Map<String, String> more) {
        Map<String, String> headers = new LinkedHashMap<>(HTTPS);
        headers.putAll(more);
        return headers;
    }

    private static String host() {
        return Server.url("").replaceFirst("^http://", "");
    }

    private static void assertSecure(boolean secure, String setCookie) {
        assertNotNull(setCookie, "the cookie was set");
        assertEquals(secure, setCookie.toLowerCase().contains("; secure"), setCookie);
        assertFalse(setCookie.toLowerCase().contains("samesite=none"), setCookie);
    }
}

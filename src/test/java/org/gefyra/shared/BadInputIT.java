package org.gefyra.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gefyra.it.Http;
import org.gefyra.it.RawHttp;
import org.gefyra.it.Who;
import org.gefyra.learner.LearnerPages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input, sent to every form field and every parameter: oversized, malformed, wrongly encoded,
 * negative, future-dated and script-bearing values. Each is refused kindly: never a 500, never a
 * stack trace, never the script echoed back as markup, and nothing stored (every other field of
 * the same form carries a marker, which must not show up where the form's result would).
 */
class BadInputIT {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final List<String> FAILURES = new ArrayList<>();
    private static final AtomicInteger NEXT = new AtomicInteger();
    /** The test server's pretend proxy (GEFYRA_TRUSTED_PROXIES in src/test/liberty/server.env). */
    private static final String PROXY = "127.0.0.2";

    /** A bad value; {@code encoded} is sent as it is in the form body (already URL-encoded), for broken encodings. */
    record Bad(String what, String value, String encoded) {
        static Bad of(String what, String value) {
            return new Bad(what, value, null);
        }
    }

    /** What a field of a form takes, which decides the bad values it is sent. */
    enum Kind {
        /** Text people type: a name, a label, a note. */
        TEXT,
        /** A password or a code: any sign may be in it, but not endless or garbled. */
        SECRET,
        /** A choice from a list the page offers. */
        CHOICE,
        /** A choice that may be left out (an age band: "not said"). */
        OPTIONAL_CHOICE,
        /** A number, a date or a time, typed or picked. */
        VALUE
    }

    /** Bad values for a field people type into; the marker goes in front, so that a stored one would show. */
    static List<Bad> forText() {
        return List.of(Bad.of("oversized", "A".repeat(5000)),
                Bad.of("oversized, one word", "x".repeat(100_000)),
                Bad.of("script", "<script>alert('x')</script>"),
                Bad.of("markup in an attribute", "\"><img src=x onerror=alert(1)>"),
                Bad.of("control characters", "\u0000\u0007\u001b[31m"),
                Bad.of("a reversed-text trick", "\u202Egnp.exe"),
                new Bad("wrongly encoded UTF-8", "", "%FF%FE%C3%28"),
                new Bad("an overlong UTF-8 slash", "", "%C0%AF%C0%AF"),
                new Bad("half a surrogate pair", "", "%ED%A0%80"));
    }

    /** Bad values for a password or a code. */
    static List<Bad> forSecret() {
        return List.of(Bad.of("oversized", "A".repeat(5000)), Bad.of("control characters", "long enough\u0000\u0007"),
                new Bad("wrongly encoded UTF-8", "long enough", "%FF%FE%C3%28"));
    }

    /** Bad values for a choice from a list. */
    static final List<Bad> FOR_CHOICE = List.of(Bad.of("negative", "-1"), Bad.of("a quote", "' OR '1'='1"),
            Bad.of("script", "<script>alert(1)</script>"), Bad.of("oversized", "9".repeat(5000)),
            new Bad("wrongly encoded UTF-8", "", "%FF%FE"), Bad.of("empty", ""));

    /** Bad values for an id, a number, a date or a time. */
    static final List<Bad> FOR_VALUE = List.of(Bad.of("negative", "-1"), Bad.of("huge", "99999999999999999999999"),
            Bad.of("not a number", "1e309"), Bad.of("malformed", "1 OR 1=1"), Bad.of("a quote", "' OR '1'='1"),
            Bad.of("script", "<script>alert(1)</script>"), Bad.of("future-dated", "2999-12-31"),
            Bad.of("an impossible date", "2024-02-30"), Bad.of("an impossible time", "25:61"),
            Bad.of("oversized", "9".repeat(5000)), new Bad("wrongly encoded UTF-8", "", "%FF%FE"), Bad.of("empty", ""));

    /**
     * A form to fill in badly: whose (null: nobody's, sent through the test server's pretend proxy
     * as a visitor of its own, so that the guessing limits this sets off touch no other test), where,
     * its fields and what each takes, a good value for each (with the marker in the texts), and
     * the page where a stored result would show.
     */
    record Case(String what, Who who, String page, String form, String button, Map<String, Kind> fields,
            Function<String, Map<String, String>> good, String seenOn, boolean guestFirst) {

        Case(String what, Who who, String page, String form, String button, Map<String, Kind> fields,
                Function<String, Map<String, String>> good, String seenOn) {
            this(what, who, page, form, button, fields, good, seenOn, false);
        }
    }

    /**
     * A visitor of their own, reaching the test server through its pretend proxy from an address
     * of theirs (so that the guessing limits they set off touch no other test), with the cookies
     * they were given.
     */
    static final class Visitor {
        private final String address = "203.0.113." + (NEXT.incrementAndGet() % 250 + 1);
        private final Map<String, String> cookies = new LinkedHashMap<>();

        RawHttp.Answer send(String method, String path, String body) {
            Map<String, String> headers = new LinkedHashMap<>(Map.of("X-Forwarded-For", address, "X-Forwarded-Proto", "http"));
            if (body != null) {
                headers.put("Content-Type", "application/x-www-form-urlencoded");
            }
            if (!cookies.isEmpty()) {
                headers.put("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
            RawHttp.Answer answer = RawHttp.send(PROXY, method, path, headers, body);
            for (String set : answer.all("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
            return answer;
        }

        Http.Form form(String page, String formId) {
            return Http.formIn(send("GET", page, null).body(), formId)
                    .orElseThrow(() -> new AssertionError(page + " shows no " + formId));
        }

        /** Signs in as a guest at the kiosk, as anyone may. */
        Visitor guest() {
            Http.Form start = form("/kiosk/start.xhtml", "guest");
            RawHttp.Answer signedIn = send("POST", start.action(), Http.encoded(Http.fields(start, "try", Map.of())));
            assertEquals(302, signedIn.status(), "a guest through the proxy");
            return this;
        }
    }

    static List<Case> forms() {
        String network = choice(Who.ADMIN, "/admin/organisations.xhtml", "organisation:network");
        String organisation = choice(Who.ADMIN, "/admin/sites.xhtml", "site:organisation");
        String site = choice(Who.EDUCATOR, "/educator/index.xhtml", "kiosk:site");
        String educator = checked(Who.EDUCATOR, "/educator/session-plan.xhtml", "plan:educators");
        String sessionSite = choice(Who.EDUCATOR, "/educator/session-plan.xhtml", "plan:site");
        String learnerSite = choice(Who.EDUCATOR, "/educator/learners/new.xhtml", "learner:site");
        String session = "/educator/session.xhtml?id=" + openSession;
        return List.of(
                new Case("a network", Who.ADMIN, "/admin/organisations.xhtml", "network", "add", Map.of("name", Kind.TEXT),
                        m -> Map.of("name", m), "/admin/organisations.xhtml"),
                new Case("an organisation", Who.ADMIN, "/admin/organisations.xhtml", "organisation", "add",
                        Map.of("name", Kind.TEXT, "city", Kind.TEXT, "kind", Kind.CHOICE, "network", Kind.CHOICE),
                        m -> Map.of("name", m, "city", m + "town", "kind", "CITY", "network", network), "/admin/organisations.xhtml"),
                new Case("an organisation renamed", Who.ADMIN, "/admin/organisation.xhtml?id=" + organisation, "organisation",
                        "save", Map.of("name", Kind.TEXT, "city", Kind.TEXT, "kind", Kind.CHOICE),
                        m -> Map.of("name", m, "city", m + "town", "kind", "CITY"), "/admin/organisations.xhtml"),
                new Case("a site", Who.ADMIN, "/admin/sites.xhtml", "site", "add",
                        Map.of("name", Kind.TEXT, "address", Kind.TEXT, "kind", Kind.CHOICE, "organisation", Kind.CHOICE),
                        m -> Map.of("name", m, "address", m + " street 1", "kind", "LIBRARY", "organisation", organisation,
                                "learnerListShown", "true"), "/admin/sites.xhtml"),
                new Case("a staff account", Who.ADMIN, "/admin/accounts.xhtml", "account", "add",
                        Map.of("username", Kind.TEXT, "displayName", Kind.TEXT, "password", Kind.SECRET, "role", Kind.CHOICE,
                                "organisationId", Kind.CHOICE),
                        m -> Map.of("username", m.toLowerCase(Locale.ROOT), "displayName", m, "password", "a long enough password",
                                "role", "EDUCATOR", "organisationId", organisation), "/admin/accounts.xhtml"),
                new Case("a kiosk", Who.EDUCATOR, "/educator/index.xhtml", "kiosk", "make",
                        Map.of("label", Kind.TEXT, "site", Kind.CHOICE), m -> Map.of("label", m, "site", site),
                        "/educator/index.xhtml"),
                new Case("a session planned", Who.EDUCATOR, "/educator/session-plan.xhtml", "plan", "save",
                        Map.of("title", Kind.TEXT, "site", Kind.CHOICE, "kind", Kind.CHOICE, "date", Kind.VALUE,
                                "start", Kind.VALUE, "end", Kind.VALUE, "capacity", Kind.VALUE, "educators", Kind.CHOICE),
                        m -> Map.of("title", m, "site", sessionSite, "kind", "DROP_IN", "date", LocalDate.now().plusDays(1).toString(),
                                "start", "10:00", "end", "12:00", "capacity", "10", "educators", educator),
                        "/educator/sessions.xhtml"),
                new Case("a session's notes", Who.EDUCATOR, session, "sessionNotes", "save", Map.of("notes", Kind.TEXT),
                        m -> Map.of("notes", m), session),
                new Case("a walk-in", Who.EDUCATOR, session, "walkIn", "register",
                        Map.of("displayName", Kind.TEXT, "language", Kind.CHOICE, "picture", Kind.CHOICE, "pin", Kind.VALUE),
                        m -> Map.of("displayName", m, "language", "el", "picture", "SUN", "pin", "4821", "consentProgress", "true"),
                        session),
                new Case("a learner registered", Who.EDUCATOR, "/educator/learners/new.xhtml", "learner", "register",
                        Map.of("displayName", Kind.TEXT, "language", Kind.CHOICE, "site", Kind.CHOICE, "picture", Kind.CHOICE,
                                "ageBand", Kind.OPTIONAL_CHOICE, "pin", Kind.VALUE),
                        m -> Map.of("displayName", m, "language", "el", "site", learnerSite, "picture", "SUN", "pin", "4821",
                                "consentProgress", "true"), "/educator/learners/index.xhtml"),
                new Case("a group", Who.EDUCATOR, "/educator/groups/index.xhtml", "group", "make", Map.of("name", Kind.TEXT),
                        m -> Map.of("name", m), "/educator/groups/index.xhtml"),
                new Case("a note about a learner", Who.EDUCATOR, "/educator/learner-history.xhtml?id=1", "noteForm", "add",
                        Map.of("note", Kind.TEXT), m -> Map.of("note", m), "/educator/learner-history.xhtml?id=1"),
                new Case("a site's public details", Who.EDUCATOR, "/educator/site.xhtml?id=1", "site", "save",
                        Map.of("address", Kind.TEXT, "town", Kind.TEXT, "accessibilityNote", Kind.TEXT, "languages", Kind.CHOICE,
                                "accessibility", Kind.CHOICE),
                        m -> Map.of("address", m + " street 1", "town", m + "town", "accessibilityNote", m),
                        "/educator/site.xhtml?id=1"),
                new Case("a password change", Who.COORDINATOR, "/staff/account.xhtml", "changePassword", "change",
                        Map.of("currentPassword", Kind.SECRET, "password", Kind.SECRET),
                        m -> Map.of("currentPassword", "not the password", "password", m + " long enough"), null),
                new Case("a join code", null, "/learn/join.xhtml", "join", "submit", Map.of("code", Kind.TEXT),
                        m -> Map.of("code", m), null, true),
                new Case("a learner's details changed", Who.EDUCATOR, learnerPage, "learner", "save",
                        Map.of("displayName", Kind.TEXT, "language", Kind.CHOICE, "site", Kind.CHOICE, "picture", Kind.CHOICE,
                                "ageBand", Kind.OPTIONAL_CHOICE),
                        m -> Map.of("displayName", m, "language", "el", "site", learnerSite, "picture", "SUN",
                                "consentProgress", "true"), "/educator/learners/index.xhtml"),
                new Case("a learner's new PIN", Who.EDUCATOR, learnerPage, "pin", "set", Map.of("newPin", Kind.VALUE),
                        m -> Map.of("newPin", "2468"), null),
                new Case("a module given to a learner", Who.EDUCATOR, learnerPage, "assign", "give",
                        Map.of("module", Kind.CHOICE, "targetDate", Kind.VALUE),
                        m -> Map.of("module", "pay-utility-bill", "targetDate", LocalDate.now().plusDays(7).toString()), null),
                new Case("learners sought", Who.EDUCATOR, "/educator/learners/index.xhtml", "search", "find",
                        Map.of("text", Kind.TEXT, "site", Kind.CHOICE), m -> Map.of("text", m), null),
                new Case("a group renamed", Who.EDUCATOR, groupPage, "group", "rename", Map.of("name", Kind.TEXT),
                        m -> Map.of("name", m), "/educator/groups/index.xhtml"),
                new Case("learners sought for a group", Who.EDUCATOR, groupPage, "add", "search", Map.of("find", Kind.TEXT),
                        m -> Map.of("find", m), null),
                new Case("a site changed", Who.ADMIN, sitePage, "site", "save",
                        Map.of("name", Kind.TEXT, "address", Kind.TEXT, "kind", Kind.CHOICE),
                        m -> Map.of("name", m, "address", m + " street 1", "kind", "LIBRARY", "learnerListShown", "true"),
                        "/admin/sites.xhtml"),
                new Case("a staff account changed", Who.ADMIN, accountPage, "account", "save",
                        Map.of("displayName", Kind.TEXT, "password", Kind.SECRET, "role", Kind.CHOICE, "organisationId", Kind.CHOICE),
                        m -> Map.of("displayName", m, "role", "EDUCATOR", "organisationId", organisation), "/admin/accounts.xhtml"),
                new Case("a staff sign-in", null, "/sign-in.xhtml", "signIn", "submit",
                        Map.of("username", Kind.TEXT, "password", Kind.SECRET), m -> Map.of("username", m, "password", m), null),
                new Case("a card sign-in", null, "/kiosk/card.xhtml", "card", "submit", Map.of("code", Kind.TEXT),
                        m -> Map.of("code", m), null));
    }

    /** An open session of the educator's, for its notes and walk-ins. */
    private static String openSession;
    /** A learner, a group, a site and a staff account of this test's own, to change badly. */
    private static String learnerPage;
    private static String groupPage;
    private static String sitePage;
    private static String accountPage;

    @BeforeAll
    static void theEducatorOpensASession() {
        Http eleni = Who.EDUCATOR.signedIn();
        HttpResponse<String> planned = eleni.submit("/educator/session-plan.xhtml", "plan", "save", Map.of("title",
                "Bad input " + RUN, "site", choice(Who.EDUCATOR, "/educator/session-plan.xhtml", "plan:site"),
                "date", LocalDate.now().toString(), "start", "00:01", "end", "23:59", "capacity", "10",
                "kind", "DROP_IN", "educators", checked(Who.EDUCATOR, "/educator/session-plan.xhtml", "plan:educators")));
        Matcher id = Pattern.compile("session\\.xhtml\\?id=(\\d+)").matcher(planned.headers().firstValue("Location").orElse(""));
        assertTrue(id.find(), "planning leads to the session's page: " + planned.statusCode());
        openSession = id.group(1);
        assertEquals(302, eleni.submit("/educator/session.xhtml?id=" + openSession, "session", "open", Map.of()).statusCode());

        learnerPage = LearnerPages.page(LearnerPages.register(eleni, "Bad input " + RUN, "Central Library"));
        HttpResponse<String> group = eleni.submit("/educator/groups/index.xhtml", "group", "make", Map.of("name", "Bad input " + RUN));
        groupPage = "/educator/groups/" + group.headers().firstValue("Location").orElseThrow().replaceAll(".*/groups/", "");
        Http admin = Who.ADMIN.signedIn();
        String organisation = choice(Who.ADMIN, "/admin/sites.xhtml", "site:organisation");
        admin.submit("/admin/sites.xhtml", "site", "add", Map.of("organisation", organisation, "name", "Bad input " + RUN,
                "kind", "LIBRARY", "learnerListShown", "true"));
        sitePage = "/admin/site.xhtml?id=" + linked(admin.get("/admin/sites.xhtml").body(), "site", "Bad input " + RUN);
        String username = "bad-input-" + RUN;
        admin.submit("/admin/accounts.xhtml", "account", "add", Map.of("username", username, "displayName", "Bad input",
                "role", "EDUCATOR", "organisationId", organisation, "password", "a long enough password"));
        accountPage = "/admin/account.xhtml?id=" + linked(admin.get("/admin/accounts.xhtml").body(), "account", username);
    }

    /** The id in the "edit" link of a list's row, whose hidden words name it. */
    private static String linked(String list, String page, String name) {
        Matcher link = Pattern.compile(page + "\\.xhtml\\?id=(\\d+)\"[^>]*>[^<]*<span class=\"visually-hidden\"> "
                + Pattern.quote(name) + "<").matcher(list);
        assertTrue(link.find(), "no " + page + " " + name + " to change");
        return link.group(1);
    }

    @Test
    void everyFormFieldRefusesBadValuesKindly() {
        Map<Who, Http> viewers = new EnumMap<>(Who.class);
        for (Case form : forms()) {
            Http client = form.who() == null ? null : form.who().signedIn();
            Visitor visitor = form.who() != null ? null : form.guestFirst() ? new Visitor().guest() : new Visitor();
            form.fields().forEach((field, kind) -> {
                List<Bad> bads = switch (kind) {
                    case TEXT -> forText();
                    case SECRET -> forSecret();
                    case CHOICE -> FOR_CHOICE;
                    case OPTIONAL_CHOICE -> FOR_CHOICE.stream().filter(bad -> !bad.value().isEmpty() || bad.encoded() != null).toList();
                    case VALUE -> FOR_VALUE;
                };
                Map<String, String> sentWith = new LinkedHashMap<>();
                for (Bad bad : bads) {
                    String marker = marker();
                    if (kind == Kind.TEXT) {
                        bad = new Bad(bad.what(), marker + bad.value(), bad.encoded());
                    }
                    Map<String, String> fields = new LinkedHashMap<>(form.good().apply(marker));
                    fields.remove(field);
                    Http.Form page;
                    try {
                        page = client != null ? client.form(form.page(), form.form()) : visitor.form(form.page(), form.form());
                    } catch (AssertionError | IllegalStateException lost) {
                        expect(false, form.what() + ", " + field + ", before " + bad.what() + ": " + lost.getMessage());
                        continue;
                    }
                    String body = Http.encoded(Http.fields(page, form.button(), fields)) + "&"
                            + URLEncoder.encode(form.form() + ":" + field, StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(bad.value(), StandardCharsets.UTF_8)
                            + (bad.encoded() != null ? bad.encoded() : "");
                    String what = form.what() + ", " + field + ": " + bad.what();
                    if (client != null) {
                        check(what, client.send("POST", page.action(), Map.of("Content-Type",
                                "application/x-www-form-urlencoded"), body));
                    } else {
                        RawHttp.Answer answer = visitor.send("POST", page.action(), body);
                        check(what, answer.status(), answer.body());
                    }
                    sentWith.put(marker, what);
                }
                if (form.seenOn() != null) {
                    // markers end with a letter, so that one cannot be the start of another
                    String shown = viewers.computeIfAbsent(form.who(), Who::signedIn).get(form.seenOn()).body();
                    sentWith.forEach((marker, what) -> expect(!shown.contains(marker), what + " was stored"));
                }
            });
        }
        report();
    }

    /**
     * A limit is said where the field is, in the person's language, by the field's constraint
     * itself (Bean Validation through Faces): searching with a web page's code is refused before
     * any search runs.
     */
    @Test
    void aFieldsLimitIsSaidInThePersonsLanguage() {
        Http eleni = Who.EDUCATOR.signedIn().language("el");
        HttpResponse<String> sought = eleni.submit("/educator/learners/index.xhtml", "search", "find",
                Map.of("text", "<b>Maria</b>"));
        check("a search with markup", sought);
        String markup = ResourceBundle.getBundle("org.gefyra.i18n.messages", Locale.forLanguageTag("el")).getString("error.markup");
        expect(sought.statusCode() == 200 && sought.body().contains(markup.replace("<", "&lt;")),
                "the search says, in Greek, what is wrong: " + sought.statusCode());
        HttpResponse<String> group = eleni.submit("/educator/groups/index.xhtml", "group", "make",
                Map.of("name", "G" + "r".repeat(200)));
        check("an oversized group name", group);
        String tooLong = ResourceBundle.getBundle("org.gefyra.i18n.messages", Locale.forLanguageTag("el")).getString("error.tooLong");
        expect(group.statusCode() == 200 && group.body().contains(tooLong), "the group's name is too long, in Greek");
        report();
    }

    @Test
    void everyAddressParameterRefusesBadValuesKindly() {
        Map<Who, Http> clients = new LinkedHashMap<>();
        for (Who who : List.of(Who.ANONYMOUS, Who.LEARNER, Who.ADMIN)) {
            clients.put(who, who.signedIn());
        }
        List<String> values = new ArrayList<>();
        for (Bad bad : FOR_VALUE) {
            values.add(URLEncoder.encode(bad.value(), StandardCharsets.UTF_8) + (bad.encoded() == null ? "" : bad.encoded()));
        }
        values.add("..%2F..%2F..%2Fetc%2Fpasswd");
        values.add("javascript:alert(1)");
        values.add("https://evil.example/");
        values.add("%23%7B7*7%7D");
        values.add("%24%7B7*7%7D");
        List<String> addresses = List.of("/?lang=%s", "/kiosk/index.xhtml?idle=%s", "/learn/module.xhtml?id=%s",
                "/learn/step.xhtml?module=%s&step=welcome", "/learn/step.xhtml?module=spot-scam-messages&step=%s",
                "/learn/done.xhtml?back=%s", "/learn/finish.xhtml?module=%s", "/learn/certificate.xhtml?module=%s",
                "/learn/certificate.pdf?module=%s", "/learn/sandbox/certificate-request.xhtml?module=%s&step=try-it",
                "/learn/sandbox/bill-payment.xhtml?module=pay-utility-bill&step=%s",
                "/admin/organisation.xhtml?id=%s", "/admin/site.xhtml?id=%s", "/admin/account.xhtml?id=%s",
                "/api/modules?lang=%s", "/api/admin/content?lang=%s", "/content-images/%s/images/cover.svg",
                "/content-images/spot-scam-messages/%s", "/jakarta.faces.resource/%s?ln=primefaces",
                "/kiosk/card.xhtml?code=%s", "/sign-in.xhtml?continue=%s", "/help?town=%s", "/help?spoken=%s",
                "/learn/join.xhtml?code=%s", "/learn/module.xhtml?id=pay-utility-bill&lang=%s",
                "/educator/session.xhtml?id=%s", "/educator/session-screen.xhtml?id=%s",
                "/educator/session-plan.xhtml?id=%s", "/educator/learner-history.xhtml?id=%s", "/educator/site.xhtml?id=%s",
                "/educator/learners/edit.xhtml?id=%s", "/educator/groups/edit.xhtml?id=%s",
                "/educator/learners/record?id=%s", "/educator/learners/record?id=1&format=%s", "/kiosk/pin.xhtml?learner=%s",
                "/reports/table.xhtml?from=%s", "/reports/table.xhtml?to=%s", "/reports/table.xhtml?organisation=%s",
                "/reports/table.xhtml?site=%s", "/reports/table.xhtml?module=%s", "/reports/table.xhtml?group=%s",
                "/reports/table.xhtml?by=%s", "/reports/index.xhtml?from=2025-01-01&to=%s", "/reports/compare.xhtml?by=%s",
                "/reports/export?kind=%s&format=csv", "/reports/export?kind=TABLE&format=%s&by=%s",
                "/reports/statements.json?from=%s", "/admin/audit.xhtml?learner=%s", "/admin/audit.xhtml?staff=%s",
                "/admin/audit.xhtml?page=%s");
        for (String address : addresses) {
            // each address by one who may open it: the code that reads the parameter is what is tried
            Who who = address.startsWith("/learn/") ? Who.LEARNER
                    : address.startsWith("/admin/") || address.startsWith("/educator/") || address.startsWith("/api/admin/")
                            || address.startsWith("/reports/") ? Who.ADMIN : Who.ANONYMOUS;
            for (String value : values) {
                String path = address.replace("%s", value);
                check(who + " GET " + path, clients.get(who).get(path));
            }
        }
        Http admin = clients.get(Who.ADMIN);
        for (String parameter : List.of("since", "until", "limit", "page", "ascending", "format", "lang")) {
            for (String value : values) {
                check("xAPI ?" + parameter + "=" + value, admin.get("/api/xapi/statements?" + parameter + "=" + value,
                        Map.of("X-Experience-API-Version", "1.0.3")));
            }
        }
        for (String value : values) {
            check("reload ?lang=" + value, admin.send("POST", "/api/admin/content/reload?lang=" + value,
                    Map.of("X-Requested-By", "BadInputIT"), null));
        }
        report();
    }

    @Test
    void badHeadersCookiesAndBodiesAreRefusedKindly() {
        Map<String, Map<String, String>> headers = new LinkedHashMap<>();
        headers.put("a script as the language", Map.of("Accept-Language", "<script>alert(1)</script>"));
        headers.put("an oversized language", Map.of("Accept-Language", "en;q=0.5,".repeat(2000)));
        headers.put("a script in the language cookie", Map.of("Cookie", "gefyra-lang=%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        headers.put("a forged kiosk cookie", Map.of("Cookie", "gefyra-kiosk=' OR '1'='1"));
        headers.put("an oversized kiosk cookie", Map.of("Cookie", "gefyra-kiosk=" + "k".repeat(4000)));
        headers.put("a made-up session", Map.of("Cookie", "JSESSIONID=0000nonsense:-1"));
        for (Map.Entry<String, Map<String, String>> header : headers.entrySet()) {
            for (String page : List.of("/", "/kiosk/start.xhtml", "/kiosk/names.xhtml", "/learn/index.xhtml", "/api/modules")) {
                check(header.getKey() + " on " + page, new Http().send("GET", page, header.getValue(), null));
            }
        }
        Http anyone = new Http();
        Http.Form card = anyone.form("/kiosk/card.xhtml", "card");
        check("a 5 MB form", anyone.send("POST", card.action(), Map.of("Content-Type", "application/x-www-form-urlencoded"),
                Http.encoded(Http.fields(card, "submit", Map.of("code", "x".repeat(5 * 1024 * 1024))))));
        HttpResponse<String> unreadable = anyone.send("POST", card.action(), Map.of("Content-Type",
                "application/x-www-form-urlencoded", "Accept-Language", "el"), "%%%&&&=%ZZ&card=card&card:submit=submit");
        check("a form that is not URL-encoded", unreadable);
        expect(unreadable.statusCode() == 400 && unreadable.body().contains("lang=\"el\"")
                && unreadable.body().contains(ResourceBundle.getBundle("org.gefyra.i18n.messages", Locale.forLanguageTag("el"))
                        .getString("error.badRequest.title")), "a form that cannot be read is refused in the visitor's language: "
                + unreadable.statusCode() + " " + unreadable.body());
        RawHttp.Answer badAddress = RawHttp.send("127.0.0.1", "GET", "/kiosk/start.xhtml?lang=%ZZ&x=%", Map.of(), null);
        check("an address that cannot be read", badAddress.status(), badAddress.body());
        expect(badAddress.status() == 400, "an address that cannot be read answered " + badAddress.status());
        check("a view state that is not one", anyone.send("POST", card.action(),
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "card=card&card:code=x&card:submit=submit&jakarta.faces.ViewState=" + "A".repeat(3000)));
        check("a JSON body to a page", anyone.send("POST", card.action(), Map.of("Content-Type", "application/json"), "{\"a\":"));
        check("a broken JSON body to the API", Who.ADMIN.signedIn().send("POST", "/api/admin/content/reload",
                Map.of("Content-Type", "application/json"), "{\"lang\": [[[[[["));
        report();
    }

    private static void check(String what, HttpResponse<String> answer) {
        check(what, answer.statusCode(), answer.body());
    }

    private static void check(String what, int status, String answered) {
        TRIED.incrementAndGet();
        String body = answered == null ? "" : answered;
        expect(status < 500, what + " answered " + status);
        expect(!body.contains("Exception") && !body.contains("\tat ") && !body.contains("at org.")
                && !body.contains("at java."), what + " showed a stack trace");
        expect(!body.contains("<script>alert(") && !body.contains("<img src=x onerror"), what + " echoed a script as markup");
        expect(!body.contains(">49<") || !body.contains("7*7"), what + " evaluated an expression");
    }

    private static void expect(boolean holds, String failure) {
        if (!holds) {
            synchronized (FAILURES) {
                FAILURES.add(failure);
            }
        }
    }

    private static void report() {
        System.out.println("Bad input: " + TRIED.get() + " requests tried, " + FAILURES.size() + " failures");
        synchronized (FAILURES) {
            List<String> found = List.copyOf(FAILURES);
            FAILURES.clear();
            assertTrue(found.isEmpty(), found.size() + " failures:\n" + String.join("\n", found.subList(0, Math.min(60, found.size()))));
        }
    }

    @AfterAll
    static void total() {
        System.out.println("Bad input in all: " + TRIED.get() + " requests tried");
    }

    private static String marker() {
        return "Bad" + RUN + "x" + NEXT.incrementAndGet() + "q";
    }

    /** The value of the first ticked box of a list of boxes. */
    private static String checked(Who who, String page, String name) {
        Matcher box = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"[^>]*checked")
                .matcher(who.signedIn().get(page).body());
        assertTrue(box.find(), "nothing ticked in " + name + " on " + page);
        return box.group(1);
    }

    private static String choice(Who who, String page, String selectId) {
        Matcher select = Pattern.compile("<select id=\"" + Pattern.quote(selectId) + "\"[^>]*>.*?<option value=\"([^\"]+)\"",
                Pattern.DOTALL).matcher(who.signedIn().get(page).body());
        assertTrue(select.find(), "no list " + selectId + " on " + page);
        return select.group(1);
    }
}

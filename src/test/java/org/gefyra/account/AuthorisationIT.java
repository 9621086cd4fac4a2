package org.gefyra.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.gefyra.it.Who;
import org.gefyra.learner.LearnerPages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorisation table: every page, endpoint and form that changes something, asked for or
 * sent by each kind of person of {@link Who}. {@code AuthorisationTableTest} reads the pages,
 * servlets, filters, JAX-RS resources and Faces forms of the application itself and fails when
 * one of them has no row here, so that a new page cannot be forgotten.
 *
 * <p>Answers: "ok" is 200; "sign-in" a redirect to the staff sign-in; "kiosk" a redirect to the
 * kiosk start; "module" a redirect to a module's first page (a step of a module not yet started);
 * "step" a redirect to a step (a preview goes on, and records nothing); "expired" a redirect to
 * the "page expired" page (a form of someone else's session); "401" a Basic challenge; "403" the
 * friendly refusal page; "created" 201 (on PostgreSQL, where backups are pg_dump's job, 409).
 *
 * <p>Paths may hold placeholders in braces ({learner:Maria}), filled in against the running
 * server when the row is tried: the table itself is plain data.
 */
class AuthorisationIT {

    /** A page or endpoint, asked for with this method and these headers; the answers in the order of {@link Who}. */
    record Row(String method, String path, Map<String, String> headers, List<String> answers, String hidden) {
        String name() {
            return method + " " + path + (headers.isEmpty() ? "" : " " + headers.keySet());
        }

        /** The same row, whose answer must never hold this text, whoever asks. */
        Row hiding(String text) {
            return new Row(method, path, headers, answers, text);
        }
    }

    private static final Map<String, String> FROM_A_SCRIPT = Map.of("X-Requested-By", "AuthorisationIT");
    private static final Map<String, String> XAPI = Map.of("X-Experience-API-Version", "1.0.3");

    /*
     * Columns: anonymous, guest, learner, learner of another site, educator, educator of another
     * organisation, coordinator, network coordinator, admin, author.
     */
    static List<Row> rows() {
        return List.of(
                get("/", "                                  ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/index.xhtml", "                       ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/sign-in.xhtml", "                     ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/kiosk/index.xhtml", "                 ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/kiosk/start.xhtml", "                 ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/kiosk/card.xhtml", "                  ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                // Without the kiosk's cookie the pages say there is no list here: no name, no PIN to type.
                get("/kiosk/names.xhtml", "                 ok      ok     ok     ok     ok   ok   ok   ok   ok   ok").hiding("Maria"),
                get("/kiosk/pin.xhtml?learner={learner:Maria}", "ok ok  ok     ok     ok   ok   ok   ok   ok   ok").hiding("pin:code"),
                get("/api/modules?lang=en", "               ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/health", "                            ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/health/ready", "                      ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/health/live", "                       ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/static/css/gefyra.css", "             ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/jakarta.faces.resource/faces.js.xhtml?ln=jakarta.faces", "ok ok ok ok ok ok ok ok ok ok"),
                get("/content-images/pay-utility-bill/images/cover.svg", "ok ok ok ok ok ok ok ok ok ok"),
                get("/error/forbidden.xhtml", "             ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/error/not-found.xhtml", "             ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/error/expired.xhtml", "               ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/error/server.xhtml", "                ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/error/unavailable.xhtml", "           ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/learn/index.xhtml", "                 kiosk   ok     ok     ok     403  403  403  403  403  403"),
                get("/learn/module.xhtml?id=pay-utility-bill", "kiosk ok ok     ok     403  403  403  403  ok   ok"),
                get("/learn/step.xhtml?module=pay-utility-bill&step=welcome", "kiosk module module module 403 403 403 403 ok ok"),
                get("/learn/sandbox/bill-payment.xhtml?module=pay-utility-bill&step=try-it",
                        "                                   kiosk   module module module 403  403  403  403  ok   ok"),
                get("/learn/sandbox/appointment-booking.xhtml?module=book-doctor-appointment&step=try-it",
                        "                                   kiosk   module module module 403  403  403  403  ok   ok"),
                get("/learn/sandbox/certificate-request.xhtml?module=request-certificate&step=try-it",
                        "                                   kiosk   module module module 403  403  403  403  ok   ok"),
                get("/learn/sandbox/email-inbox.xhtml?module=spot-scam-messages&step=try-it",
                        "                                   kiosk   module module module 403  403  403  403  ok   ok"),
                get("/learn/sandbox/gov-login.xhtml?module=sign-in-digital-id&step=try-it",
                        "                                   kiosk   module module module 403  403  403  403  ok   ok"),
                get("/learn/sandbox/video-call.xhtml?module=video-call-family&step=try-it",
                        "                                   kiosk   module module module 403  403  403  403  ok   ok"),
                get("/learn/finish.xhtml?module=pay-utility-bill", "kiosk module module module 403 403 403 403 ok ok"),
                get("/learn/certificate.xhtml?module=pay-utility-bill", "kiosk 404 404 404  403  403  403  403  403  403"),
                get("/learn/certificate.pdf?module=pay-utility-bill", "kiosk 404 404 404   403  403  403  403  403  403"),
                get("/learn/feedback.xhtml?module=pay-utility-bill", "kiosk 302 302 302    403  403  403  403  403  403"),
                get("/learn/done.xhtml?back=https://evil.example", "kiosk ok ok ok        403  403  403  403  403  403"),
                get("/learn/join.xhtml", "                  kiosk   ok     ok     ok     403  403  403  403  403  403"),
                get("/staff/account.xhtml", "               sign-in 403    403    403    ok   ok   ok   ok   ok   ok"),
                get("/educator/index.xhtml", "              sign-in 403    403    403    ok   ok   403  403  ok   403"),
                get("/educator/learners/index.xhtml", "     sign-in 403    403    403    ok   ok   403  403  ok   403"),
                get("/educator/learners/new.xhtml", "       sign-in 403    403    403    ok   ok   403  403  ok   403"),
                get("/educator/learners/edit.xhtml?id={learner:Maria}", "sign-in 403 403 403 ok  403  403  403  ok   403"),
                get("/educator/learners/edit.xhtml?id={learner:Fatima}", "sign-in 403 403 403 403 ok  403  403  ok   403"),
                get("/educator/learners/edit.xhtml?id=999999999", "sign-in 403 403 403  403  403  403  403  403  403"),
                get("/educator/learners/edit.xhtml?id=not-a-number", "sign-in 403 403 403 403 403 403 403  403  403"),
                get("/educator/learners/record?id={learner:Maria}", "sign-in 403 403 403 ok   403  403  403  ok   403"),
                get("/educator/learners/record?format=json&id={learner:Maria}", "sign-in 403 403 403 ok 403 403 403 ok 403"),
                get("/educator/learners/record?id={learner:Fatima}", "sign-in 403 403 403 403  ok   403  403  ok   403"),
                get("/educator/learners/record?id=x", "     sign-in 403    403    403    403  403  403  403  403  403"),
                get("/educator/groups/index.xhtml", "       sign-in 403    403    403    ok   ok   403  403  ok   403"),
                get("/educator/groups/edit.xhtml?id={group:sara}", "sign-in 403 403 403   403  ok   403  403  ok   403"),
                get("/educator/groups/edit.xhtml?id={group:eleni}", "sign-in 403 403 403  ok   403  403  403  ok   403"),
                get("/educator/groups/edit.xhtml?id=x", "   sign-in 403    403    403    403  403  403  403  403  403"),
                get("/educator/sessions.xhtml", "           sign-in 403    403    403    ok   ok   403  403  ok   403"),
                get("/educator/session-plan.xhtml", "       sign-in 403    403    403    ok   ok   403  403  ok   403"),
                // The demo's first session, first learner and first site are in Thessaloniki, the educator's organisation.
                get("/educator/session.xhtml?id=1", "       sign-in 403    403    403    ok   403  403  403  ok   403"),
                get("/educator/session.xhtml?id={session:sara}", "sign-in 403 403 403     403  ok   403  403  ok   403"),
                get("/educator/session-screen.xhtml?id=1", "sign-in 403    403    403    ok   403  403  403  ok   403"),
                get("/educator/learner-history.xhtml?id=1", "sign-in 403   403    403    ok   403  403  403  ok   403"),
                get("/educator/site.xhtml?id=1", "          sign-in 403    403    403    ok   403  403  403  ok   403"),
                get("/educator/site.xhtml?id={site:Malmö Town Hall}", "sign-in 403 403 403 403 ok   403  403  ok   403"),
                get("/reports/index.xhtml", "               sign-in 403    403    403    403  403  ok   ok   ok   403"),
                get("/reports/table.xhtml?by=SITE", "       sign-in 403    403    403    403  403  ok   ok   ok   403"),
                get("/reports/compare.xhtml?by=CITY", "     sign-in 403    403    403    403  403  ok   ok   ok   403"),
                get("/reports/feedback.xhtml", "            sign-in 403    403    403    403  403  ok   ok   ok   403"),
                get("/reports/export?kind=DASHBOARD&format=csv", "sign-in 403 403 403    403  403  ok   ok   ok   403"),
                get("/reports/export?kind=TABLE&by=MODULE&format=xlsx", "sign-in 403 403 403 403 403 ok  ok   ok   403"),
                get("/reports/export?kind=COMPARE&format=pdf", "sign-in 403 403 403      403  403  ok   ok   ok   403"),
                get("/reports/export?kind=DASHBOARD&format=csv&organisation=999999", "sign-in 403 403 403 403 403 403 403 403 403"),
                // A coordinator of one organisation asks for another's figures; the network's coordinator may.
                get("/reports/export?kind=DASHBOARD&format=csv&organisation={organisation:Thessaloniki Digital Bridges}",
                        "                                   sign-in 403    403    403    403  403  403  ok   ok   403"),
                get("/reports/table.xhtml?by=SITE&organisation={organisation:Thessaloniki Digital Bridges}",
                        "                                   sign-in 403    403    403    403  403  403  ok   ok   403"),
                get("/reports/statements.json", "          sign-in 403    403    403    403  403  ok   ok   ok   403"),
                // Without its version header the xAPI resource refuses, after the caller's role is checked.
                get("/api/xapi/statements", "               401     403    403    403    403  403  400  400  400  403"),
                new Row("GET", "/api/xapi/statements", XAPI, answers("401 403 403 403 403 403 ok ok ok 403"), null),
                get("/admin/index.xhtml", "                 sign-in 403    403    403    403  403  403  403  ok   403"),
                get("/admin/organisations.xhtml", "         sign-in 403    403    403    403  403  403  403  ok   403"),
                get("/admin/organisation.xhtml?id=1", "     sign-in 403    403    403    403  403  403  403  ok   403"),
                get("/admin/sites.xhtml", "                 sign-in 403    403    403    403  403  403  403  ok   403"),
                get("/admin/site.xhtml?id=1", "             sign-in 403    403    403    403  403  403  403  ok   403"),
                get("/admin/accounts.xhtml", "              sign-in 403    403    403    403  403  403  403  ok   403"),
                get("/admin/account.xhtml?id=1", "          sign-in 403    403    403    403  403  403  403  ok   403"),
                get("/admin/audit.xhtml", "                 sign-in 403    403    403    403  403  403  403  ok   403"),
                get("/admin/audit.xhtml?learner=1&staff=eleni&page=0", "sign-in 403 403 403 403 403 403   403  ok   403"),
                get("/admin/content.xhtml", "               sign-in 403    403    403    403  403  403  403  ok   ok"),
                get("/api/admin/content", "                 401     403    403    403    403  403  403  403  ok   ok"),
                get("/api/admin/backups", "                 401     403    403    403    403  403  403  403  ok   403"),
                // The API calls that change something, as a page's script would send them: the header no HTML form can send.
                new Row("POST", "/api/admin/content/reload", FROM_A_SCRIPT, answers("401 403 403 403 403 403 403 403 ok ok"), null),
                new Row("POST", "/api/admin/backups", FROM_A_SCRIPT, answers("401 403 403 403 403 403 403 403 created 403"), null),
                get("/help", "                              ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/help.xhtml", "                        ok      ok     ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/help?lang=ar&town=Malm%C3%B6&spoken=ar", "ok ok ok     ok     ok   ok   ok   ok   ok   ok"),
                get("/WEB-INF/templates/page.xhtml", "      404     404    404    404    404  404  404  404  404  404"));
    }

    /**
     * What the application serves that this table tries by other means: the test that does, by name.
     * Signing out ends the session that the rows share, so it has a test of its own.
     */
    static final Map<String, String> TRIED_ELSEWHERE = Map.of("POST /sign-out", "everyoneMaySignOutAndIsThenNobody");

    /**
     * The Faces forms that have no row in {@link #changes()}, with why none is needed: what they
     * act on cannot be another person's, or the page's own guard (tried in the rows) is all there is.
     * Keyed "page#form".
     */
    static final Map<String, String> FORMS_WITHOUT_A_ROW = forms(
            "/sign-in.xhtml#signIn", "anyone signs in; slowed and counted (GuessingIT)",
            "/kiosk/card.xhtml#card", "anyone signs in with a card; slowed (GuessingIT)",
            "/kiosk/pin.xhtml#pin", "a learner of the kiosk's list signs in; five wrong PINs lock the card (GuessingIT)",
            "/kiosk/start.xhtml#guest", "anyone may try as a guest",
            "/staff/account.xhtml#everywhere", "ends the caller's own sessions only",
            "/learn/step.xhtml#quiz", "the learner's own answer: whose is the session's caller, never a field",
            "/learn/step.xhtml#help", "asks for help in the learner's own session",
            "/learn/finish.xhtml#finish", "the learner's own rating",
            "/learn/feedback.xhtml#feedback", "the learner's own feedback",
            "/learn/sandbox/appointment-booking.xhtml#booking", "a practice website: keeps nothing but the learner's own step",
            "/learn/sandbox/bill-payment.xhtml#payment", "a practice website: keeps nothing but the learner's own step",
            "/learn/sandbox/certificate-request.xhtml#request", "a practice website: keeps nothing but the learner's own step",
            "/learn/sandbox/email-inbox.xhtml#mail", "a practice website: keeps nothing but the learner's own step",
            "/learn/sandbox/gov-login.xhtml#portal", "a practice website: keeps nothing but the learner's own step",
            "/learn/sandbox/video-call.xhtml#call", "a practice website: keeps nothing but the learner's own step",
            "/admin/account.xhtml#account", "the administrator's alone: /admin/* (web.xml), refused to all others in the rows",
            "/admin/account.xhtml#status", "the administrator's alone: /admin/* (web.xml), refused to all others in the rows",
            "/admin/site.xhtml#site", "the administrator's alone: /admin/* (web.xml), refused to all others in the rows",
            "/admin/content.xhtml#content", "the same reload as POST /api/admin/content/reload (a row)",
            "/educator/index.xhtml#kiosks", "releases a kiosk of the caller's own list, drawn afresh for them on every request",
            "/educator/learners/index.xhtml#search", "changes nothing; finds only the caller's organisation's learners (LearnerFinderTest)",
            "/educator/learners/edit.xhtml#groups", "the learner of the caller's own view, with groups only of their organisation (GroupServiceTest)",
            "/educator/learners/edit.xhtml#modules", "the learner of the caller's own view (as its learner form, a row)",
            "/educator/learners/edit.xhtml#assign", "the learner of the caller's own view (as its learner form, a row)",
            "/educator/groups/edit.xhtml#members", "the group of the caller's own view (as its rename, a row)",
            "/educator/groups/edit.xhtml#add", "the group of the caller's own view (as its rename, a row)",
            "/educator/groups/edit.xhtml#cards", "the group of the caller's own view (as its rename, a row)",
            "/educator/groups/edit.xhtml#delete", "the group of the caller's own view (as its rename, a row)",
            "/educator/groups/edit.xhtml#modules", "the group of the caller's own view (as its rename, a row)",
            "/educator/groups/edit.xhtml#assign", "the group of the caller's own view (as its rename, a row)",
            "/educator/session.xhtml#session", "the session of the address, as its notes and walk-ins (rows)",
            "/educator/session.xhtml#live", "the session of the address, as its notes and walk-ins (rows)",
            "/educator/session.xhtml#attendance", "the session of the address, as its notes and walk-ins (rows)",
            "/educator/session.xhtml#add", "the session of the address, as its notes and walk-ins (rows)");

    private static final Map<Who, Http> CLIENTS = new EnumMap<>(Who.class);
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final Map<String, String> RESOLVED = new HashMap<>();

    static Stream<Arguments> table() {
        return rows().stream().map(row -> Arguments.of(row.name(), row));
    }

    @BeforeAll
    static void signIn() {
        for (Who who : Who.values()) {
            CLIENTS.put(who, who.signedIn());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyoneGetsWhatTheirRoleAllows(String name, Row row) {
        String path = resolve(row.path());
        for (Who who : Who.values()) {
            HttpResponse<String> response = CLIENTS.get(who).send(row.method(), path, row.headers(), null);
            String expected = row.answers().get(who.ordinal());
            String actual = describe(response);
            if (expected.equals("created")) {
                assertTrue(actual.equals("201") || actual.equals("409") && "PostgreSQL".equals(Server.database().orElse("")),
                        who + " " + row.method() + " " + path + " answered " + actual);
            } else {
                assertEquals(expected, actual, who + " " + row.method() + " " + path);
            }
            assertNoStackTrace(response, who + " on " + path);
            assertTrue(row.hidden() == null || !response.body().contains(row.hidden()), who + " was shown what " + path + " hides");
        }
    }

    /**
     * The forms that change something, sent by each kind of person; then "done" is what the form is
     * for, seen where it shows; "ok" a form they may send that refuses what they sent; "skip" a
     * one-time change (an erasure) that an earlier person of the row has made already; every other
     * answer a refusal that left nothing changed. A refused person sends the form as copied from the
     * page of someone who may open it; an educator of another organisation, where a row names a page
     * of their own, sends that page's form (their own session's view) to the address of the other
     * organisation's page instead: "own" is then a form that acts on what that person's own page
     * holds (the view keeps it) and so not on the address's, whatever the address says.
     */
    static Stream<Arguments> changes() {
        return changeRows().stream().map(change -> Arguments.of(change.what(), change));
    }

    static List<Change> changeRows() {
        return List.of(
                change("an administrator adds a network", "/admin/organisations.xhtml", "network", "add",
                        who -> Map.of("name", "Network " + who + " " + RUN), Who.ADMIN, "/admin/organisations.xhtml",
                        who -> "Network " + who + " " + RUN, "sign-in 403 403 403 403 403 403 403 done 403"),
                change("an administrator adds an organisation", "/admin/organisations.xhtml", "organisation", "add",
                        who -> Map.of("network", first(Who.ADMIN, "/admin/organisations.xhtml", "organisation:network"),
                                "name", "Organisation " + who + " " + RUN, "city", "Testville", "kind", "CITY"),
                        Who.ADMIN, "/admin/organisations.xhtml", who -> "Organisation " + who + " " + RUN,
                        "sign-in 403 403 403 403 403 403 403 done 403"),
                change("an administrator adds a site", "/admin/sites.xhtml", "site", "add",
                        who -> Map.of("organisation", first(Who.ADMIN, "/admin/sites.xhtml", "site:organisation"),
                                "name", "Site " + who + " " + RUN, "kind", "LIBRARY", "address", "Street 1",
                                "learnerListShown", "true"),
                        Who.ADMIN, "/admin/sites.xhtml", who -> "Site " + who + " " + RUN,
                        "sign-in 403 403 403 403 403 403 403 done 403"),
                change("an administrator adds a staff account", "/admin/accounts.xhtml", "account", "add",
                        who -> Map.of("username", username(who), "displayName", "Staff " + who, "role", "EDUCATOR",
                                "organisationId", first(Who.ADMIN, "/admin/accounts.xhtml", "account:organisationId"),
                                "password", "a long enough password"),
                        Who.ADMIN, "/admin/accounts.xhtml", AuthorisationIT::username,
                        "sign-in 403 403 403 403 403 403 403 done 403"),
                change("an administrator renames an organisation", "/admin/organisation.xhtml?id={organisationToRename}",
                        "organisation", "save",
                        who -> Map.of("name", "Renamed " + who + " " + RUN, "city", "Thessaloniki", "kind", "CITY"),
                        Who.ADMIN, "/admin/organisations.xhtml", who -> "Renamed " + who + " " + RUN,
                        "sign-in 403 403 403 403 403 403 403 done 403"),
                // The other organisation's educator sends a site of Thessaloniki that their own list does not offer.
                change("an educator makes a device a kiosk", "/educator/index.xhtml", "kiosk", "make",
                        who -> Map.of("site", first(Who.EDUCATOR, "/educator/index.xhtml", "kiosk:site"),
                                "label", "Kiosk " + who + " " + RUN),
                        null, "/educator/index.xhtml", who -> "Kiosk " + who + " " + RUN,
                        "sign-in 403 403 403 done ok 403 403 done 403"),
                change("an educator registers a learner", "/educator/learners/new.xhtml", "learner", "register",
                        who -> LearnerPages.learner(Who.EDUCATOR.signedIn(), "/educator/learners/new.xhtml", "learner",
                                "Registered " + who + " " + RUN, "Central Library"),
                        null, "/educator/learners/index.xhtml", who -> "Registered " + who + " " + RUN,
                        "sign-in 403 403 403 done ok 403 403 done 403"),
                change("an educator renames a learner", "/educator/learners/edit.xhtml?id={learnerToChange}", "learner", "save",
                        who -> {
                            Map<String, String> fields = new HashMap<>(LearnerPages.learner(Who.EDUCATOR.signedIn(),
                                    resolve("/educator/learners/edit.xhtml?id={learnerToChange}"), "learner",
                                    "Renamed " + who + " " + RUN, "Central Library"));
                            fields.remove("pin");
                            return fields;
                        },
                        Who.EDUCATOR, "/educator/learners/edit.xhtml?id={learnerToChange}", who -> "Renamed " + who + " " + RUN,
                        "sign-in 403 403 403 done own 403 403 done 403")
                        .ownPage("/educator/learners/edit.xhtml?id={learnerOf:sara}"),
                change("an educator prints a learner's card", "/educator/learners/edit.xhtml?id={learnerToChange}", "card", "print",
                        who -> Map.of(), Who.EDUCATOR, "/educator/learners/edit.xhtml?id={learnerToChange}",
                        who -> "Card printed on", "sign-in 403 403 403 done own 403 403 done 403")
                        .ownPage("/educator/learners/edit.xhtml?id={learnerOf:sara}"),
                change("an educator gives a learner a new PIN", "/educator/learners/edit.xhtml?id={learnerToChange}", "pin", "set",
                        who -> Map.of("newPin", "2468"), null, null, null,
                        "sign-in 403 403 403 done own 403 403 done 403")
                        .ownPage("/educator/learners/edit.xhtml?id={learnerOf:sara}"),
                change("an educator switches a learner off", "/educator/learners/edit.xhtml?id={learnerToSwitch}", "switch", "off",
                        who -> Map.of(), Who.EDUCATOR, "/educator/learners/edit.xhtml?id={learnerToSwitch}",
                        who -> "switch:on", "sign-in 403 403 403 done own 403 403 skip 403")
                        .ownPage("/educator/learners/edit.xhtml?id={learnerOf:sara}"),
                change("an educator records that a learner withdraws consent to reports",
                        "/educator/learners/edit.xhtml?id={learnerToWithdraw}", "withdraw", "reports",
                        who -> Map.of(), Who.EDUCATOR, "/educator/learners/edit.xhtml?id={learnerToWithdraw}",
                        who -> "withdraw:reports", "sign-in 403 403 403 done 403 403 403 skip 403")
                        .disappears().ownPage("/educator/learners/edit.xhtml?id={learnerOf:sara}"),
                change("an educator erases a learner", "/educator/learners/edit.xhtml?id={learnerToErase}", "erase", "erase",
                        who -> Map.of("sure", "on"), Who.EDUCATOR, "/educator/learners/index.xhtml",
                        who -> "To erase " + RUN, "sign-in 403 403 403 done 403 403 403 skip 403")
                        .disappears().ownPage("/educator/learners/edit.xhtml?id={learnerOf:sara}"),
                change("an educator makes a group", "/educator/groups/index.xhtml", "group", "make",
                        who -> Map.of("name", "Group " + who + " " + RUN), null, "/educator/groups/index.xhtml",
                        who -> "Group " + who + " " + RUN, "sign-in 403 403 403 done done 403 403 ok 403"),
                change("an educator renames a group", "/educator/groups/edit.xhtml?id={group:eleni}", "group", "rename",
                        who -> Map.of("name", "Group renamed " + who + " " + RUN), Who.EDUCATOR, "/educator/groups/index.xhtml",
                        who -> "Group renamed " + who + " " + RUN, "sign-in 403 403 403 done own 403 403 done 403")
                        .ownPage("/educator/groups/edit.xhtml?id={group:sara}"),
                change("an educator plans a session", "/educator/session-plan.xhtml", "plan", "save",
                        who -> Map.of("title", "Planned " + who + " " + RUN, "date", LocalDate.now().plusDays(1).toString(),
                                "start", "10:00", "end", "12:00", "capacity", "6", "kind", "GROUP_CLASS",
                                "site", option(Who.EDUCATOR, "/educator/session-plan.xhtml", "plan:site", "Central Library"),
                                "educators", checkbox(Who.EDUCATOR, "/educator/session-plan.xhtml", "plan:educators", "Eleni Papadaki")),
                        null, "/educator/sessions.xhtml", who -> "Planned " + who + " " + RUN,
                        "sign-in 403 403 403 done ok 403 403 done 403"),
                change("an educator writes a session's notes", "/educator/session.xhtml?id={session:eleni}", "sessionNotes", "save",
                        who -> Map.of("notes", "Notes by " + who + " " + RUN), Who.EDUCATOR,
                        "/educator/session.xhtml?id={session:eleni}", who -> "Notes by " + who + " " + RUN,
                        "sign-in 403 403 403 done 403 403 403 done 403")
                        .ownPage("/educator/session.xhtml?id={session:sara}"),
                change("an educator registers a newcomer in a session", "/educator/session.xhtml?id={session:eleni}", "walkIn",
                        "register", who -> Map.of("displayName", "Walk-in " + who + " " + RUN, "language", "el", "picture", "SUN",
                                "pin", "4821", "consentProgress", "true"),
                        Who.EDUCATOR, "/educator/session.xhtml?id={session:eleni}", who -> "Walk-in " + who + " " + RUN,
                        "sign-in 403 403 403 done 403 403 403 done 403")
                        .ownPage("/educator/session.xhtml?id={session:sara}"),
                change("an educator writes a note about a learner", "/educator/learner-history.xhtml?id=1", "noteForm", "add",
                        who -> Map.of("note", "Note by " + who + " " + RUN), Who.EDUCATOR,
                        "/educator/learner-history.xhtml?id=1", who -> "Note by " + who + " " + RUN,
                        "sign-in 403 403 403 done 403 403 403 done 403")
                        .ownPage("/educator/learner-history.xhtml?id={learnerOf:sara}"),
                change("an educator keeps what the public page says about a site", "/educator/site.xhtml?id=2", "site", "save",
                        who -> Map.of("accessibilityNote", "Access by " + who + " " + RUN), Who.ANONYMOUS, "/help",
                        who -> "Access by " + who + " " + RUN, "sign-in 403 403 403 done 403 403 403 done 403")
                        .ownPage("/educator/site.xhtml?id={site:Malmö Town Hall}"),
                // A learner of another organisation is told the code is not one of theirs.
                change("a learner joins a session with its code", "/learn/join.xhtml", "join", "submit",
                        who -> Map.of("code", resolve("{code:eleni}")), null, "/learn/index.xhtml",
                        who -> "Authorisation " + RUN, "kiosk done done ok 403 403 403 403 403 403"),
                change("a learner rates a module before starting it", "/learn/module.xhtml?id=benefits-form", "module", "rate2",
                        who -> Map.of("id", "benefits-form"), null, "/learn/module.xhtml?id=benefits-form",
                        who -> "module:continue", "kiosk done done done 403 403 403 403 step step"),
                change("staff try to change their password", "/staff/account.xhtml", "changePassword", "change",
                        who -> Map.of("currentPassword", "not the password", "password", "another long password"),
                        null, null, null, "sign-in 403 403 403 ok ok ok ok ok ok"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void onlyThoseAllowedChangeAnything(String what, Change change) {
        Map<Who, Http> clients = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            clients.put(who, who.signedIn());
        }
        String page = resolve(change.page());
        Who allowed = Stream.of(Who.values()).filter(w -> !change.refuses(w)).findFirst().orElseThrow();
        Http.Form copied = clients.get(allowed).form(page, change.form());
        for (Who who : Who.values()) {
            if (change.refuses(who) && !change.answer(who).equals("skip")) {
                HttpResponse<String> response;
                if (who == Who.EDUCATOR_OF_ANOTHER_ORGANISATION && change.ownPage() != null) {
                    Http.Form own = clients.get(who).form(resolve(change.ownPage()), change.form());
                    Http.Form forged = new Http.Form(own.id(), own.action().replaceAll("\\?.*", "")
                            + page.substring(page.indexOf('?')), own.hidden());
                    response = clients.get(who).send(forged, change.button(), change.fields().apply(who));
                } else {
                    response = clients.get(who).send(copied, change.button(), change.fields().apply(who));
                }
                if (change.answer(who).equals("own")) {
                    String location = response.headers().firstValue("Location").orElse("");
                    assertTrue(response.statusCode() == 200 || response.statusCode() == 302
                            && location.endsWith(resolve(change.ownPage())), who + ": " + what + " went to " + location);
                } else {
                    assertEquals(change.answer(who), describe(response), who + ": " + what);
                }
                assertNoStackTrace(response, who + ": " + what);
                if (change.seenOn() != null) {
                    assertFalse(change.seen(clients.get(change.viewerOr(who)), who), who + " changed something: " + what);
                }
            }
        }
        for (Who who : Who.values()) {
            if (!change.refuses(who)) {
                HttpResponse<String> response = clients.get(who).submit(page, change.form(), change.button(),
                        change.fields().apply(who));
                assertTrue(response.statusCode() == 200 || response.statusCode() == 302 && change.answer(who).equals("done"),
                        who + ": " + what + " answered " + response.statusCode());
                assertFalse(describe(response).equals("sign-in") || describe(response).equals("kiosk"), who + ": " + what);
                assertNoStackTrace(response, who + ": " + what);
                if (change.seenOn() != null && change.answer(who).equals("done")) {
                    assertTrue(change.seen(clients.get(change.viewerOr(who)), who), who + " could not: " + what);
                } else if (change.seenOn() != null) {
                    assertFalse(change.seen(clients.get(change.viewerOr(who)), who), who + " changed something: " + what);
                }
            }
        }
    }

    @Test
    void everyoneMaySignOutAndIsThenNobody() {
        Map<Who, String> signedInPage = new EnumMap<>(Who.class);
        for (Who who : List.of(Who.GUEST, Who.LEARNER, Who.LEARNER_OF_ANOTHER_SITE)) {
            signedInPage.put(who, "/learn/index.xhtml");
        }
        for (Who who : List.of(Who.EDUCATOR, Who.EDUCATOR_OF_ANOTHER_ORGANISATION, Who.COORDINATOR, Who.NETWORK_COORDINATOR)) {
            signedInPage.put(who, "/staff/account.xhtml");
        }
        signedInPage.put(Who.ADMIN, "/admin/index.xhtml");
        signedInPage.put(Who.AUTHOR, "/admin/content.xhtml");
        for (Who who : Who.values()) {
            Http client = who.signedIn();
            if (signedInPage.containsKey(who)) {
                assertEquals("ok", describe(client.get(signedInPage.get(who))), who + " before signing out");
            }
            HttpResponse<String> signedOut = client.post("/sign-out", Map.of());
            assertEquals(302, signedOut.statusCode(), who + " signing out");
            if (signedInPage.containsKey(who)) {
                String after = describe(client.get(signedInPage.get(who)));
                assertTrue(after.equals("sign-in") || after.equals("kiosk"), who + " is still signed in: " + after);
            }
        }
    }

    /**
     * A form that changes something; {@code seen} tells, as the viewer, whether the change shows on
     * {@code seenOn} (or, for one that {@code disappears}, no longer shows).
     */
    record Change(String what, String page, String form, String button, Function<Who, Map<String, String>> fields, Who viewer,
            String seenOn, Function<Who, String> shows, List<String> answers, String ownPage, boolean gone) {

        /** A page of the other organisation's educator's own, whose form they send to this row's address. */
        Change ownPage(String page) {
            return new Change(what, this.page, form, button, fields, viewer, seenOn, shows, answers, page, gone);
        }

        /** The change shows as something that is no longer there. */
        Change disappears() {
            return new Change(what, page, form, button, fields, viewer, seenOn, shows, answers, ownPage, true);
        }

        boolean refuses(Who who) {
            return !answer(who).equals("done") && !answer(who).equals("ok");
        }

        String answer(Who who) {
            return answers.get(who.ordinal());
        }

        Who viewerOr(Who who) {
            return viewer == null ? (who == Who.ANONYMOUS || refuses(who) ? Who.LEARNER : who) : viewer;
        }

        boolean seen(Http client, Who who) {
            return client.get(resolve(seenOn)).body().contains(shows.apply(who)) != gone;
        }
    }

    private static Row get(String path, String answers) {
        return new Row("GET", path, Map.of(), answers(answers), null);
    }

    private static List<String> answers(String answers) {
        List<String> each = Arrays.asList(answers.strip().split("\\s+"));
        if (each.size() != Who.values().length) {
            throw new IllegalArgumentException("one answer for each of " + Arrays.toString(Who.values()) + ": " + answers);
        }
        return List.copyOf(each);
    }

    private static Change change(String what, String page, String form, String button,
            Function<Who, Map<String, String>> fields, Who viewer, String seenOn, Function<Who, String> shows, String answers) {
        return new Change(what, page, form, button, fields, viewer, seenOn, shows, answers(answers), null, false);
    }

    private static Map<String, String> forms(String... pairs) {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            reasons.put(pairs[i], pairs[i + 1]);
        }
        return Map.copyOf(reasons);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?::([^}]+))?}");

    /** A path with its placeholders filled in, each worked out once against the running server. */
    static String resolve(String path) {
        Matcher placeholder = PLACEHOLDER.matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (placeholder.find()) {
            String kind = placeholder.group(1);
            String argument = placeholder.group(2);
            String value = once(placeholder.group(), () -> value(kind, argument));
            placeholder.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(resolved);
        return resolved.toString();
    }

    /** Worked out once for the whole run: a value that needs the server, and may need others of its kind. */
    private static synchronized String once(String key, java.util.function.Supplier<String> value) {
        String known = RESOLVED.get(key);
        if (known == null) {
            known = value.get();
            RESOLVED.put(key, known);
        }
        return known;
    }

    private static String value(String kind, String argument) {
        return switch (kind) {
            case "learner" -> String.valueOf(LearnerPages.idOf(Who.ADMIN.signedIn(), argument));
            case "learnerOf" -> register(staff(argument), "Own of " + argument + " " + RUN,
                    argument.equals("sara") ? "Malmö Town Hall" : "Central Library");
            case "learnerToChange" -> register(Who.EDUCATOR.signedIn(), "To change " + RUN, "Central Library");
            case "learnerToSwitch" -> register(Who.EDUCATOR.signedIn(), "To switch off " + RUN, "Central Library");
            case "learnerToWithdraw" -> register(Who.EDUCATOR.signedIn(), "To withdraw " + RUN, "Central Library");
            case "learnerToErase" -> register(Who.EDUCATOR.signedIn(), "To erase " + RUN, "Central Library");
            case "group" -> groupOf(argument, "Group of " + argument + " " + RUN);
            case "session" -> openSession(argument);
            case "code" -> joinCode(staff(argument).get("/educator/session.xhtml?id=" + resolve("{session:" + argument + "}")).body());
            case "site" -> option(Who.ADMIN, "/educator/index.xhtml", "kiosk:site", argument);
            case "organisation" -> organisation(argument);
            case "organisationToRename" -> organisationToRename();
            default -> throw new IllegalArgumentException("no placeholder {" + kind + "}");
        };
    }

    private static Http staff(String username) {
        Http http = new Http();
        assertEquals(302, http.signIn(username, Server.DEMO_PASSWORD).statusCode(), username + " signs in");
        return http;
    }

    /** A learner that this test registers (with consent to reports), so that changing them changes no demo learner. */
    private static String register(Http educator, String name, String site) {
        Map<String, String> fields = new HashMap<>(LearnerPages.learner(educator, "/educator/learners/new.xhtml", "learner", name,
                site));
        fields.put("consentReports", "on");
        HttpResponse<String> registered = educator.submit("/educator/learners/new.xhtml", "learner", "register", fields);
        Matcher id = Pattern.compile("edit\\.xhtml\\?id=(\\d+)").matcher(registered.headers().firstValue("Location").orElse(""));
        assertTrue(registered.statusCode() == 302 && id.find(), "registering " + name + ": " + registered.statusCode());
        return id.group(1);
    }

    /** A group that an educator makes for this test; its id. */
    private static String groupOf(String educator, String name) {
        HttpResponse<String> made = staff(educator).submit("/educator/groups/index.xhtml", "group", "make", Map.of("name", name));
        Matcher id = Pattern.compile("edit\\.xhtml\\?id=(\\d+)").matcher(made.headers().firstValue("Location").orElse(""));
        assertTrue(made.statusCode() == 302 && id.find(), educator + " could not make a group");
        return id.group(1);
    }

    /** A session of today that the educator plans at their first site and opens; its id. */
    private static String openSession(String educator) {
        Http http = staff(educator);
        String plan = "/educator/session-plan.xhtml";
        String body = http.get(plan).body();
        Matcher site = Pattern.compile("<select id=\"plan:site\"[^>]*>.*?<option value=\"([^\"]+)\"", Pattern.DOTALL).matcher(body);
        Matcher me = Pattern.compile("name=\"plan:educators\"[^>]*value=\"([^\"]+)\"[^>]*checked").matcher(body);
        assertTrue(site.find() && me.find(), educator + " may plan a session");
        HttpResponse<String> planned = http.submit(plan, "plan", "save", Map.of("title", "Authorisation " + RUN,
                "site", site.group(1), "date", LocalDate.now().toString(), "start", "00:01", "end", "23:59",
                "capacity", "10", "kind", "DROP_IN", "educators", me.group(1)));
        Matcher id = Pattern.compile("session\\.xhtml\\?id=(\\d+)").matcher(planned.headers().firstValue("Location").orElse(""));
        assertTrue(id.find(), "planning leads to the session's page: " + planned.statusCode());
        assertEquals(302, http.submit("/educator/session.xhtml?id=" + id.group(1), "session", "open", Map.of()).statusCode());
        return id.group(1);
    }

    private static String joinCode(String page) {
        Matcher code = Pattern.compile("id=\"join-code\"[^>]*>([^<]+)<").matcher(page);
        assertTrue(code.find(), "the session's page shows its code");
        return code.group(1).replaceAll("\\s", "");
    }

    /** An organisation's id, as the administrator's list links it. */
    private static String organisation(String name) {
        Matcher link = Pattern.compile("organisation\\.xhtml\\?id=(\\d+)\"[^>]*>[^<]*<span class=\"visually-hidden\"> "
                + Pattern.quote(name) + "<").matcher(Who.ADMIN.signedIn().get("/admin/organisations.xhtml").body());
        assertTrue(link.find(), "no organisation " + name);
        return link.group(1);
    }

    /** An organisation that this test adds, so that renaming it changes none of the demo network. */
    private static String organisationToRename() {
        Http admin = Who.ADMIN.signedIn();
        String name = "To rename " + RUN;
        admin.submit("/admin/organisations.xhtml", "organisation", "add", Map.of("name", name, "city", "Testville",
                "kind", "CITY", "network", first(Who.ADMIN, "/admin/organisations.xhtml", "organisation:network")));
        return organisation(name);
    }

    /** The first real choice (not "none") of a list on a page, as someone sees it. */
    private static String first(Who who, String page, String selectId) {
        return once(who + page + selectId, () -> {
            Matcher select = Pattern.compile("<select id=\"" + Pattern.quote(selectId) + "\"[^>]*>.*?<option value=\"([^\"]+)\"",
                    Pattern.DOTALL).matcher(who.signedIn().get(page).body());
            assertTrue(select.find(), "no list " + selectId + " on " + page);
            return select.group(1);
        });
    }

    /** The value of the option with this label in a list on a page, as someone sees it. */
    private static String option(Who who, String page, String selectId, String label) {
        return once(who + page + selectId + label, () -> {
            String body = who.signedIn().get(page).body();
            Matcher select = Pattern.compile("<select id=\"" + Pattern.quote(selectId) + "\".*?</select>", Pattern.DOTALL).matcher(body);
            assertTrue(select.find(), "no list " + selectId + " on " + page);
            Matcher option = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>\\s*" + Pattern.quote(label) + "\\s*</option>")
                    .matcher(select.group());
            assertTrue(option.find(), "no " + label + " in " + selectId);
            return option.group(1);
        });
    }

    /** The value of the checkbox with this label in a group on a page. */
    private static String checkbox(Who who, String page, String name, String label) {
        return once(who + page + name + label, () -> {
            Matcher box = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"[^>]*/?>\\s*<label[^>]*>\\s*"
                    + Pattern.quote(label)).matcher(who.signedIn().get(page).body());
            assertTrue(box.find(), "no " + label + " to tick in " + name + " on " + page);
            return box.group(1);
        });
    }

    private static String username(Who who) {
        return ("staff-" + who + "-" + RUN).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static void assertNoStackTrace(HttpResponse<String> response, String what) {
        assertTrue(!response.body().contains("Exception") && !response.body().contains("at org."), "no stack trace: " + what);
    }

    private static String describe(HttpResponse<String> response) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status == 302 && location.contains("/sign-in.xhtml")) {
            return "sign-in";
        }
        if (status == 302 && location.contains("/kiosk/index.xhtml")) {
            return "kiosk";
        }
        if (status == 302 && location.contains("/learn/module.xhtml")) {
            return "module";
        }
        if (status == 302 && location.contains("/learn/step.xhtml")) {
            return "step";
        }
        if (status == 302 && location.contains("/error/expired.xhtml")) {
            return "expired";
        }
        if (status == 401 && response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic")) {
            return "401";
        }
        return status == 200 ? "ok" : String.valueOf(status);
    }
}

package org.gefyra.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gefyra.it.Http;
import org.gefyra.it.Server;
import org.gefyra.learner.LearnerPages;
import org.gefyra.it.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorisation table: every page and endpoint, asked for by each kind of person. "ok" is
 * 200; "sign-in" is a redirect to the staff sign-in; "kiosk" a redirect to the kiosk start;
 * "module" a redirect to a module's first page (a step of a module not yet started); "step" a
 * redirect to a step (a preview goes on, and records nothing);
 * "401" a Basic challenge; "403" the friendly refusal page. Later issues add their pages here,
 * and their forms to the changes below.
 */
class AuthorisationIT {

    private static final Map<Who, Http> CLIENTS = new EnumMap<>(Who.class);
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final Map<String, String> FIRST_CHOICES = new ConcurrentHashMap<>();
    private static String organisationToRename;
    private static Long learnerToChange;

    /** Page, then the answer for: anonymous, guest, learner, educator, coordinator, admin, author. */
    static Stream<Arguments> table() {
        return Stream.of(
                row("/", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/sign-in.xhtml", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/kiosk/index.xhtml", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/kiosk/start.xhtml", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/kiosk/card.xhtml", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/api/modules?lang=en", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/health/ready", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/learn/index.xhtml", "kiosk", "ok", "ok", "403", "403", "403", "403"),
                row("/learn/module.xhtml?id=pay-utility-bill", "kiosk", "ok", "ok", "403", "403", "ok", "ok"),
                row("/learn/step.xhtml?module=pay-utility-bill&step=welcome", "kiosk", "module", "module", "403", "403", "ok", "ok"),
                row("/learn/sandbox/bill-payment.xhtml?module=pay-utility-bill&step=try-it", "kiosk", "module", "module", "403", "403", "ok", "ok"),
                row("/learn/finish.xhtml?module=pay-utility-bill", "kiosk", "module", "module", "403", "403", "ok", "ok"),
                row("/learn/certificate.xhtml?module=pay-utility-bill", "kiosk", "404", "404", "403", "403", "403", "403"),
                row("/learn/feedback.xhtml?module=pay-utility-bill", "kiosk", "302", "302", "403", "403", "403", "403"),
                row("/learn/done.xhtml?back=https://evil.example", "kiosk", "ok", "ok", "403", "403", "403", "403"),
                row("/staff/account.xhtml", "sign-in", "403", "403", "ok", "ok", "ok", "ok"),
                row("/educator/index.xhtml", "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/learners/index.xhtml", "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/learners/new.xhtml", "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/learners/edit.xhtml?id=" + learnerOf("Maria"), "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/learners/edit.xhtml?id=" + learnerOf("Fatima"), "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/educator/learners/record?id=" + learnerOf("Maria"), "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/learners/record?format=json&id=" + learnerOf("Maria"), "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/learners/record?id=" + learnerOf("Fatima"), "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/educator/learners/record?id=x", "sign-in", "403", "403", "403", "403", "403", "403"),
                row("/educator/learners/edit.xhtml?id=999999999", "sign-in", "403", "403", "403", "403", "403", "403"),
                row("/educator/learners/edit.xhtml?id=not-a-number", "sign-in", "403", "403", "403", "403", "403", "403"),
                row("/educator/groups/index.xhtml", "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/groups/edit.xhtml?id=" + groupOf("sara", "Malmö readers " + RUN), "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/educator/groups/edit.xhtml?id=" + groupOf("eleni", "Thessaloniki readers " + RUN), "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/groups/edit.xhtml?id=x", "sign-in", "403", "403", "403", "403", "403", "403"),
                row("/reports/index.xhtml", "sign-in", "403", "403", "403", "ok", "ok", "403"),
                row("/reports/table.xhtml?by=SITE", "sign-in", "403", "403", "403", "ok", "ok", "403"),
                row("/reports/compare.xhtml?by=CITY", "sign-in", "403", "403", "403", "ok", "ok", "403"),
                row("/reports/feedback.xhtml", "sign-in", "403", "403", "403", "ok", "ok", "403"),
                row("/reports/export?kind=DASHBOARD&format=csv", "sign-in", "403", "403", "403", "ok", "ok", "403"),
                row("/reports/export?kind=TABLE&by=MODULE&format=xlsx", "sign-in", "403", "403", "403", "ok", "ok", "403"),
                row("/reports/export?kind=COMPARE&format=pdf", "sign-in", "403", "403", "403", "ok", "ok", "403"),
                row("/reports/export?kind=DASHBOARD&format=csv&organisation=999999", "sign-in", "403", "403", "403", "403", "403", "403"),
                row("/reports/statements.json", "sign-in", "403", "403", "403", "ok", "ok", "403"),
                // Without its version header the xAPI resource refuses, after the caller's role is checked.
                row("/api/xapi/statements", "401", "403", "403", "403", "400", "400", "403"),
                row("/admin/index.xhtml", "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/admin/organisations.xhtml", "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/admin/organisation.xhtml?id=1", "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/admin/sites.xhtml", "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/admin/site.xhtml?id=1", "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/admin/accounts.xhtml", "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/admin/account.xhtml?id=1", "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/admin/audit.xhtml", "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/admin/audit.xhtml?learner=1&staff=eleni&page=0", "sign-in", "403", "403", "403", "403", "ok", "403"),
                row("/admin/content.xhtml", "sign-in", "403", "403", "403", "403", "ok", "ok"),
                row("/api/admin/content", "401", "403", "403", "403", "403", "ok", "ok"),
                row("/api/admin/backups", "401", "403", "403", "403", "403", "ok", "403"),
                row("/help", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/help?lang=ar&town=Malm%C3%B6&spoken=ar", "ok", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/learn/join.xhtml", "kiosk", "ok", "ok", "403", "403", "403", "403"),
                row("/educator/sessions.xhtml", "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/session-plan.xhtml", "sign-in", "403", "403", "ok", "403", "ok", "403"),
                // The demo's first session and first learner are in Thessaloniki, the educator's organisation.
                row("/educator/session.xhtml?id=1", "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/session-screen.xhtml?id=1", "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/learner-history.xhtml?id=1", "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/educator/site.xhtml?id=1", "sign-in", "403", "403", "ok", "403", "ok", "403"),
                row("/WEB-INF/templates/page.xhtml", "404", "404", "404", "404", "404", "404", "404"));
    }

    private static Arguments row(String path, String... answers) {
        return Arguments.of(path, List.of(answers));
    }

    @BeforeAll
    static void signIn() {
        for (Who who : Who.values()) {
            CLIENTS.put(who, who.signedIn());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void everyoneGetsWhatTheirRoleAllows(String path, List<String> answers) {
        for (Who who : Who.values()) {
            HttpResponse<String> response = CLIENTS.get(who).get(path);
            String expected = answers.get(who.ordinal());
            String actual = describe(response);
            assertEquals(expected, actual, who + " asking for " + path);
            assertTrue(!response.body().contains("Exception") && !response.body().contains("at org."),
                    "no stack trace for " + who + " on " + path);
        }
    }

    /**
     * The forms and endpoints that change something, sent by each kind of person; then
     * "done" is what the form is for, seen where it shows; "ok" a form they may send that refuses
     * what they typed; every other answer a refusal that left nothing changed. A refused person
     * sends the form as copied from the page of someone who may open it.
     */
    static Stream<Arguments> changes() {
        return Stream.of(
                change("an administrator adds a network", "/admin/organisations.xhtml", "network", "add",
                        who -> Map.of("name", "Network " + who + " " + RUN), Who.ADMIN, "/admin/organisations.xhtml",
                        who -> "Network " + who + " " + RUN, "sign-in", "403", "403", "403", "403", "done", "403"),
                change("an administrator adds an organisation", "/admin/organisations.xhtml", "organisation", "add",
                        who -> Map.of("network", first(Who.ADMIN, "/admin/organisations.xhtml", "organisation:network"),
                                "name", "Organisation " + who + " " + RUN, "city", "Testville", "kind", "CITY"),
                        Who.ADMIN, "/admin/organisations.xhtml", who -> "Organisation " + who + " " + RUN,
                        "sign-in", "403", "403", "403", "403", "done", "403"),
                change("an administrator adds a site", "/admin/sites.xhtml", "site", "add",
                        who -> Map.of("organisation", first(Who.ADMIN, "/admin/sites.xhtml", "site:organisation"),
                                "name", "Site " + who + " " + RUN, "kind", "LIBRARY", "address", "Street 1",
                                "learnerListShown", "true"),
                        Who.ADMIN, "/admin/sites.xhtml", who -> "Site " + who + " " + RUN,
                        "sign-in", "403", "403", "403", "403", "done", "403"),
                change("an administrator adds a staff account", "/admin/accounts.xhtml", "account", "add",
                        who -> Map.of("username", username(who), "displayName", "Staff " + who, "role", "EDUCATOR",
                                "organisationId", first(Who.ADMIN, "/admin/accounts.xhtml", "account:organisationId"),
                                "password", "a long enough password"),
                        Who.ADMIN, "/admin/accounts.xhtml", AuthorisationIT::username,
                        "sign-in", "403", "403", "403", "403", "done", "403"),
                change("an administrator renames an organisation", "/admin/organisation.xhtml?id=" + organisationToRename(),
                        "organisation", "save",
                        who -> Map.of("name", "Renamed " + who + " " + RUN, "city", "Thessaloniki", "kind", "CITY"),
                        Who.ADMIN, "/admin/organisations.xhtml", who -> "Renamed " + who + " " + RUN,
                        "sign-in", "403", "403", "403", "403", "done", "403"),
                change("an educator makes a device a kiosk", "/educator/index.xhtml", "kiosk", "make",
                        who -> Map.of("site", first(Who.EDUCATOR, "/educator/index.xhtml", "kiosk:site"),
                                "label", "Kiosk " + who + " " + RUN),
                        Who.EDUCATOR, "/educator/index.xhtml", who -> "Kiosk " + who + " " + RUN,
                        "sign-in", "403", "403", "done", "403", "done", "403"),
                change("an educator registers a learner", "/educator/learners/new.xhtml", "learner", "register",
                        who -> LearnerPages.learner(Who.EDUCATOR.signedIn(), "/educator/learners/new.xhtml", "learner",
                                "Registered " + who + " " + RUN, "Central Library"),
                        Who.EDUCATOR, "/educator/learners/index.xhtml", who -> "Registered " + who + " " + RUN,
                        "sign-in", "403", "403", "done", "403", "done", "403"),
                change("an educator renames a learner", LearnerPages.page(learnerToChange()), "learner", "save",
                        who -> {
                            Map<String, String> fields = new java.util.HashMap<>(LearnerPages.learner(Who.EDUCATOR.signedIn(),
                                    LearnerPages.page(learnerToChange()), "learner", "Renamed " + who + " " + RUN, "Central Library"));
                            fields.remove("pin");
                            return fields;
                        },
                        Who.EDUCATOR, LearnerPages.page(learnerToChange()), who -> "Renamed " + who + " " + RUN,
                        "sign-in", "403", "403", "done", "403", "done", "403"),
                change("an educator prints a learner's card", LearnerPages.page(learnerToChange()), "card", "print",
                        who -> Map.of(), Who.EDUCATOR, LearnerPages.page(learnerToChange()), who -> "Card printed on",
                        "sign-in", "403", "403", "done", "403", "done", "403"),
                change("an educator makes a group", "/educator/groups/index.xhtml", "group", "make",
                        who -> Map.of("name", "Group " + who + " " + RUN), Who.EDUCATOR, "/educator/groups/index.xhtml",
                        who -> "Group " + who + " " + RUN, "sign-in", "403", "403", "done", "403", "ok", "403"),
                change("an educator plans a session", "/educator/session-plan.xhtml", "plan", "save",
                        who -> Map.of("title", "Planned " + who + " " + RUN, "date", LocalDate.now().plusDays(1).toString(),
                                "start", "10:00", "end", "12:00", "capacity", "6", "kind", "GROUP_CLASS",
                                "site", option(Who.EDUCATOR, "/educator/session-plan.xhtml", "plan:site", "Central Library"),
                                "educators", checkbox(Who.EDUCATOR, "/educator/session-plan.xhtml", "plan:educators", "Eleni Papadaki")),
                        Who.EDUCATOR, "/educator/sessions.xhtml", who -> "Planned " + who + " " + RUN,
                        "sign-in", "403", "403", "done", "403", "done", "403"),
                change("an educator writes a note about a learner", "/educator/learner-history.xhtml?id=1", "noteForm", "add",
                        who -> Map.of("note", "Note by " + who + " " + RUN), Who.EDUCATOR,
                        "/educator/learner-history.xhtml?id=1", who -> "Note by " + who + " " + RUN,
                        "sign-in", "403", "403", "done", "403", "done", "403"),
                change("an educator keeps what the public page says about a site", "/educator/site.xhtml?id=2", "site", "save",
                        who -> Map.of("accessibilityNote", "Access by " + who + " " + RUN), Who.ANONYMOUS, "/help",
                        who -> "Access by " + who + " " + RUN, "sign-in", "403", "403", "done", "403", "done", "403"),
                change("a learner rates a module before starting it", "/learn/module.xhtml?id=benefits-form", "module", "rate2",
                        who -> Map.of("id", "benefits-form"), null, "/learn/module.xhtml?id=benefits-form",
                        who -> "module:continue", "kiosk", "done", "done", "403", "403", "step", "step"),
                change("staff try to change their password", "/staff/account.xhtml", "changePassword", "change",
                        who -> Map.of("currentPassword", "not the password", "password", "another long password"),
                        null, null, null, "sign-in", "403", "403", "ok", "ok", "ok", "ok"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void onlyThoseAllowedChangeAnything(String what, Change change) {
        Map<Who, Http> clients = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            clients.put(who, who.signedIn());
        }
        Who allowed = Stream.of(Who.values()).filter(w -> !change.refuses(w)).findFirst().orElseThrow();
        Http.Form copied = clients.get(allowed).form(change.page(), change.form());
        for (Who who : Who.values()) {
            if (change.refuses(who)) {
                HttpResponse<String> response = clients.get(who).send(copied, change.button(), change.fields().apply(who));
                assertEquals(change.answer(who), describe(response), who + ": " + what);
                assertNoStackTrace(response, who + ": " + what);
                if (change.seenOn() != null) {
                    assertFalse(change.seen(clients.get(change.viewerOr(who)), who), who + " changed something: " + what);
                }
            }
        }
        for (Who who : Who.values()) {
            if (!change.refuses(who)) {
                HttpResponse<String> response = clients.get(who).submit(change.page(), change.form(), change.button(),
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

    /**
     * The API calls that change something, as a page's script would send them (the person's session,
     * the header that no HTML form can send): reloading the content for administrators and authors,
     * a backup for administrators only; everyone else is refused.
     */
    @Test
    void onlyTheirRolesCallTheApiThatChangesThings() {
        Map<String, String> fromAScript = Map.of("X-Requested-By", "AuthorisationIT");
        for (Who who : Who.values()) {
            Http client = who.signedIn();
            int reload = client.send("POST", "/api/admin/content/reload", fromAScript, null).statusCode();
            int backup = client.send("POST", "/api/admin/backups", fromAScript, null).statusCode();
            int refused = who == Who.ANONYMOUS ? 401 : 403;
            assertEquals(who == Who.ADMIN || who == Who.AUTHOR ? 200 : refused, reload, who + " reloading the content");
            if (who == Who.ADMIN) {
                assertTrue(backup == 201 || backup == 409 && "PostgreSQL".equals(Server.database().orElse("")),
                        "an administrator backs up the embedded database: " + backup);
            } else {
                assertEquals(refused, backup, who + " backing up the database");
            }
        }
    }

    @Test
    void everyoneMaySignOutAndIsThenNobody() {
        Map<Who, String> signedInPage = Map.of(Who.GUEST, "/learn/index.xhtml", Who.LEARNER, "/learn/index.xhtml",
                Who.EDUCATOR, "/staff/account.xhtml", Who.COORDINATOR, "/staff/account.xhtml", Who.ADMIN, "/admin/index.xhtml",
                Who.AUTHOR, "/admin/content.xhtml");
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

    /** A form that changes something; {@code seen} tells, as the viewer, whether the change shows on {@code seenOn}. */
    record Change(String page, String form, String button, Function<Who, Map<String, String>> fields, Who viewer,
            String seenOn, Function<Who, String> shows, List<String> answers) {

        boolean refuses(Who who) {
            return !answers.get(who.ordinal()).equals("done") && !answers.get(who.ordinal()).equals("ok");
        }

        String answer(Who who) {
            return answers.get(who.ordinal());
        }

        Who viewerOr(Who who) {
            return viewer == null ? (who == Who.ANONYMOUS || refuses(who) ? Who.LEARNER : who) : viewer;
        }

        boolean seen(Http client, Who who) {
            return client.get(seenOn).body().contains(shows.apply(who));
        }
    }

    private static Arguments change(String what, String page, String form, String button,
            Function<Who, Map<String, String>> fields, Who viewer, String seenOn, Function<Who, String> shows,
            String... answers) {
        return Arguments.of(what, new Change(page, form, button, fields, viewer, seenOn, shows, List.of(answers)));
    }

    /** A demo learner's id, as an administrator's list of learners links it. */
    private static String learnerOf(String name) {
        return String.valueOf(LearnerPages.idOf(Who.ADMIN.signedIn(), name));
    }

    /** A learner that this test registers at the Central Library, so that changing them changes no demo learner. */
    private static synchronized long learnerToChange() {
        if (learnerToChange == null) {
            learnerToChange = LearnerPages.register(Who.EDUCATOR.signedIn(), "To change " + RUN, "Central Library");
        }
        return learnerToChange;
    }

    /** A group that an educator makes for this test; its id. */
    private static String groupOf(String educator, String name) {
        Http http = new Http();
        http.signIn(educator, Server.DEMO_PASSWORD);
        HttpResponse<String> made = http.submit("/educator/groups/index.xhtml", "group", "make", Map.of("name", name));
        Matcher id = Pattern.compile("edit\\.xhtml\\?id=(\\d+)").matcher(made.headers().firstValue("Location").orElse(""));
        assertTrue(made.statusCode() == 302 && id.find(), educator + " could not make a group");
        return id.group(1);
    }

    /** An organisation that this test adds, so that renaming it changes none of the demo network. */
    private static synchronized String organisationToRename() {
        if (organisationToRename == null) {
            Http admin = Who.ADMIN.signedIn();
            String name = "To rename " + RUN;
            admin.submit("/admin/organisations.xhtml", "organisation", "add", Map.of("name", name, "city", "Testville",
                    "kind", "CITY", "network", first(Who.ADMIN, "/admin/organisations.xhtml", "organisation:network")));
            Matcher link = Pattern.compile("organisation\\.xhtml\\?id=(\\d+)\"[^>]*>[^<]*<span class=\"visually-hidden\"> "
                    + Pattern.quote(name) + "<").matcher(admin.get("/admin/organisations.xhtml").body());
            assertTrue(link.find(), "the organisation to rename was added");
            organisationToRename = link.group(1);
        }
        return organisationToRename;
    }

    /** The first real choice (not "none") of a list on a page, as someone sees it. */
    private static String first(Who who, String page, String selectId) {
        return FIRST_CHOICES.computeIfAbsent(who + page + selectId, key -> {
            Matcher select = Pattern.compile("<select id=\"" + Pattern.quote(selectId) + "\"[^>]*>.*?<option value=\"([^\"]+)\"",
                    Pattern.DOTALL).matcher(who.signedIn().get(page).body());
            assertTrue(select.find(), "no list " + selectId + " on " + page);
            return select.group(1);
        });
    }

    /** The value of the option with this label in a list on a page, as someone sees it. */
    private static String option(Who who, String page, String selectId, String label) {
        return FIRST_CHOICES.computeIfAbsent(who + page + selectId + label, key -> {
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
        return FIRST_CHOICES.computeIfAbsent(who + page + name + label, key -> {
            Matcher box = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"[^>]*/?>\\s*<label[^>]*>\\s*"
                    + Pattern.quote(label)).matcher(who.signedIn().get(page).body());
            assertTrue(box.find(), "no " + label + " to tick in " + name + " on " + page);
            return box.group(1);
        });
    }

    private static String username(Who who) {
        return ("staff-" + who + "-" + RUN).toLowerCase(Locale.ROOT);
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
        if (status == 401 && response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic")) {
            return "401";
        }
        return status == 200 ? "ok" : String.valueOf(status);
    }
}

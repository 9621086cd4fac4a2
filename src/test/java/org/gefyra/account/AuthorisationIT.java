package org.gefyra.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gefyra.it.Http;
import org.gefyra.it.Who;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorisation table: every page and endpoint, asked for by each kind of person. "ok" is
 * 200; "sign-in" is a redirect to the staff sign-in; "kiosk" a redirect to the kiosk start;
 * "module" a redirect to a module's first page (a step of a module not yet started);
 * "401" a Basic challenge; "403" the friendly refusal page. Later issues add their pages here.
 */
class AuthorisationIT {

    private static final Map<Who, Http> CLIENTS = new EnumMap<>(Who.class);

    /** Page, then the answer for: anonymous, guest, learner, educator, coordinator, admin. */
    static Stream<Arguments> table() {
        return Stream.of(
                row("/", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/sign-in.xhtml", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/kiosk/index.xhtml", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/kiosk/start.xhtml", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/kiosk/card.xhtml", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/api/modules?lang=en", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/health/ready", "ok", "ok", "ok", "ok", "ok", "ok"),
                row("/learn/index.xhtml", "kiosk", "ok", "ok", "403", "403", "403"),
                row("/learn/module.xhtml?id=pay-utility-bill", "kiosk", "ok", "ok", "403", "403", "403"),
                row("/learn/step.xhtml?module=pay-utility-bill&step=welcome", "kiosk", "module", "module", "403", "403", "403"),
                row("/learn/done.xhtml?back=https://evil.example", "kiosk", "ok", "ok", "403", "403", "403"),
                row("/staff/account.xhtml", "sign-in", "403", "403", "ok", "ok", "ok"),
                row("/educator/index.xhtml", "sign-in", "403", "403", "ok", "403", "ok"),
                row("/reports/index.xhtml", "sign-in", "403", "403", "403", "ok", "ok"),
                row("/admin/index.xhtml", "sign-in", "403", "403", "403", "403", "ok"),
                row("/admin/organisations.xhtml", "sign-in", "403", "403", "403", "403", "ok"),
                row("/admin/organisation.xhtml?id=1", "sign-in", "403", "403", "403", "403", "ok"),
                row("/admin/sites.xhtml", "sign-in", "403", "403", "403", "403", "ok"),
                row("/admin/site.xhtml?id=1", "sign-in", "403", "403", "403", "403", "ok"),
                row("/admin/accounts.xhtml", "sign-in", "403", "403", "403", "403", "ok"),
                row("/admin/account.xhtml?id=1", "sign-in", "403", "403", "403", "403", "ok"),
                row("/admin/content.xhtml", "sign-in", "403", "403", "403", "403", "ok"),
                row("/api/admin/content", "401", "403", "403", "403", "403", "ok"),
                row("/WEB-INF/templates/page.xhtml", "404", "404", "404", "404", "404", "404"));
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
        if (status == 401 && response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic")) {
            return "401";
        }
        return status == 200 ? "ok" : String.valueOf(status);
    }
}

package org.gefyra.learning.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gefyra.content.Sandbox;
import org.gefyra.content.Sandboxes;
import org.gefyra.learning.sandbox.web.PracticeView;
import java.util.Locale;
import org.gefyra.shared.i18n.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sandbox is one unit: the specification that module files are checked against is the one its
 * page serves, found together in the package named after its id, with its page next to the others.
 */
class EverySandboxTest {

    private static final Path PAGES = Path.of("src/main/webapp/learn/sandbox");

    static List<String> ids() {
        return Sandboxes.ids();
    }

    @Test
    void theLoaderKnowsEverySandboxOfTheAuthorsGuide() {
        assertEquals(List.of("gov-login", "appointment-booking", "certificate-request", "bill-payment",
                "email-inbox", "video-call"), Sandboxes.ids());
    }

    @Test
    void everySandboxPageHasItsSpecification() throws IOException {
        try (Stream<Path> pages = Files.list(PAGES)) {
            List<String> named = pages.map(p -> p.getFileName().toString().replace(".xhtml", "")).sorted().toList();
            assertEquals(Sandboxes.ids().stream().sorted().toList(), named);
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void theSpecificationTheRulesAndTheViewLiveInThePackageNamedAfterTheId(String id) throws Exception {
        Sandbox sandbox = Sandboxes.byId(id).orElseThrow();
        String unit = "org.gefyra.learning.sandbox." + id.replace("-", "");
        assertEquals(unit, sandbox.getClass().getPackageName());

        String name = sandbox.getClass().getSimpleName().replace("Sandbox", "");
        Class<?> viewClass = Class.forName(unit + ".web." + name + "View");
        assertTrue(PracticeView.class.isAssignableFrom(viewClass), viewClass + " is a practice page");
        PracticeView view = (PracticeView) viewClass.getConstructor().newInstance();
        assertEquals(id, view.getSandboxId(), "the view serves the steps of its own sandbox");

        String bean = Character.toLowerCase(viewClass.getSimpleName().charAt(0)) + viewClass.getSimpleName().substring(1);
        String page = Files.readString(PAGES.resolve(id + ".xhtml"));
        assertTrue(page.contains("#{" + bean + "}"), id + ".xhtml uses " + bean);
    }

    @ParameterizedTest
    @MethodSource("ids")
    void everyGoalKeyHasValuesToDescribeInEveryLanguage(String id) {
        Sandbox sandbox = Sandboxes.byId(id).orElseThrow();
        assertTrue(!sandbox.goalKeys().isEmpty(), id);
        for (String language : Languages.INTERFACE) {
            Locale locale = Locale.forLanguageTag(language);
            sandbox.goalKeys().forEach(key -> {
                String said = sandbox.allowed(key).in(locale);
                assertTrue(!said.isBlank() && !said.equals(sandbox.allowed(key).code()), id + " " + key + " in " + language);
            });
        }
    }
}

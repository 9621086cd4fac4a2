package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The library the project ships, in {@code content/}, is what learners see on day one: all of it loads. */
class StarterLibraryTest {

    private static final Set<String> LANGUAGES = Set.of("en", "el", "it", "sv", "ar");
    private static ContentSnapshot snapshot;

    @BeforeAll
    static void loadTheProjectsContentFolder() {
        Path content = Path.of("content");
        assertTrue(Files.isDirectory(content.resolve("modules")), "run the tests from the project folder");
        snapshot = new ModuleLoader(content).load();
    }

    @Test
    void nothingInTheStarterLibraryIsRejected() {
        Rejected.nothing(snapshot);
    }

    @Test
    void everyStarterModuleIsOfferedInAllFiveLanguages() {
        assertTrue(snapshot.modules().size() >= 8, () -> "modules: " + snapshot.modules().keySet());
        snapshot.modules().values().forEach(module ->
                assertEquals(LANGUAGES, module.languages(), () -> module.id() + " languages"));
    }

    @Test
    void theModulesTheGuideListsAreAllThere() {
        assertTrue(snapshot.modules().keySet().containsAll(Set.of("sign-in-digital-id", "book-doctor-appointment",
                "request-certificate", "pay-utility-bill", "spot-scam-messages", "video-call-family",
                "passwords-and-codes", "benefits-form", "pay-waste-tax")), () -> "modules: " + snapshot.modules().keySet());
    }

    @Test
    void everyStepHasItsWordsInEveryLanguage() {
        for (LearningModule module : snapshot.modules().values()) {
            for (ModuleText text : module.texts().values()) {
                for (Step step : module.steps()) {
                    StepText words = text.steps().get(step.id());
                    assertNotNull(words, () -> module.id() + "/" + text.language() + "/" + step.id());
                    assertFalse(words.title().isBlank());
                    assertFalse(words.bodyHtml().isBlank());
                    assertEquals(Set.copyOf(step.options()), words.options().keySet());
                    if (step.image() != null) {
                        assertNotNull(words.imageAlt(), () -> module.id() + "/" + text.language() + "/" + step.id());
                    }
                }
            }
        }
    }

    @Test
    void theTemplateAuthorsCopyIsACorrectDraftThatLearnersNeverSee() {
        ContentSnapshot template = ModuleLoader.loadOne(Path.of("content/template/my-new-module"));
        Rejected.nothing(template);
        assertTrue(template.modules().get("my-new-module").draft(), "the template is a draft");
        assertTrue(template.modules().get("my-new-module").step("try-it").orElseThrow().settings().isGiven());
        assertFalse(snapshot.modules().containsKey("my-new-module"), "the template is not in the library");
        assertTrue(snapshot.modules().values().stream().noneMatch(LearningModule::draft), "the starter library has no drafts");
    }

    @Test
    void theBookingModuleKeepsItsGoalAsWritten() {
        Step practice = snapshot.modules().get("book-doctor-appointment").steps().stream()
                .filter(Step::isPractice).findFirst().orElseThrow();
        assertEquals("appointment-booking", practice.sandbox().id());
        assertEquals("10:00", practice.goal().get("time"));
        assertEquals("general-practitioner", practice.goal().get("service"));
    }

    /** The lesson and the practice page agree: the task names the page's own box, the payee is the town's. */
    @Test
    void theWasteTaxModuleTeachesTheTownsOwnPaymentPageInEveryLanguage() {
        LearningModule module = snapshot.modules().get("pay-waste-tax");
        Step practice = module.step("try-it").orElseThrow();
        assertEquals("bill-payment", practice.sandbox().id());
        assertEquals("waste-tax", practice.settings().value("bill", null));
        assertEquals("payment-notice", practice.settings().value("reference", null));
        for (String language : LANGUAGES) {
            StepText task = module.texts().get(language).steps().get("try-it");
            ResourceBundle site = ResourceBundle.getBundle("org.gefyra.i18n.sandbox", Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertTrue(task.site().get("payee").startsWith("Comune di Valle Verde"), language);
            assertTrue(task.bodyHtml().contains("<strong>" + site.getString("bill.label.reference.payment-notice") + "</strong>"),
                    () -> language + ": the task names the box as the page does: " + task.bodyHtml());
            assertTrue(task.bodyHtml().contains("<strong>" + site.getString("bill.label.amount") + "</strong>"), language);
            assertTrue(task.bodyHtml().contains(practice.goal().get("reference")), language);
        }
    }

    @Test
    void theVideoCallModuleUsesTheVideoCallSandbox() {
        Step practice = snapshot.modules().get("video-call-family").steps().stream()
                .filter(Step::isPractice).findFirst().orElseThrow();
        assertEquals("video-call", practice.sandbox().id());
        assertEquals("daughter", practice.goal().get("contact"));
    }
}

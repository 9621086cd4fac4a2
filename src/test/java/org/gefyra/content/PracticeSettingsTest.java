package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An author adapts a practice website to the lesson: the step's settings choose the kind of bill
 * and of payment reference, or the services on offer, and each text file names the site in its
 * language. Settings are checked like everything else; a module without them is as it always was.
 */
class PracticeSettingsTest {

    private static final String MODULE = "pay-waste-tax/module.yaml";

    @TempDir
    Path dir;
    private TestContent content;

    private static String moduleYaml(String practice) {
        return """
                id: pay-waste-tax
                version: 1
                audience: [everyone]
                digcomp: ["2.3"]
                level: 2
                minutes: 10
                steps:
                  - id: welcome
                    type: read
                  - id: try-it
                    type: practice
                %s
                """.formatted(practice.indent(4).stripTrailing());
    }

    private static String textYaml(String language, String site) {
        return """
                language: %s
                title: Pay the waste tax
                summary: Pay the waste tax online with the payment notice code.
                can_do: I can pay the waste tax online.
                steps:
                  welcome:
                    title: Welcome
                    body: The waste tax pays for the rubbish collection.
                  try-it:
                    title: Now you try
                    body: Pay the waste tax. Nothing is sent anywhere.
                %s
                """.formatted(language, site.indent(4).stripTrailing());
    }

    private static final String TARI = """
            sandbox: bill-payment
            goal: { reference: "3020 0012 3456 7890 12", amount: "187.00" }
            settings: { bill: waste-tax, reference: payment-notice }""";

    @BeforeEach
    void aModuleAboutTheWasteTax() {
        content = new TestContent(dir);
        content.write(MODULE, moduleYaml(TARI));
        content.write("pay-waste-tax/text.en.yaml", textYaml("en", "site: { payee: \"Valle Verde: waste tax\" }"));
        content.write("pay-waste-tax/text.it.yaml", textYaml("it", "site:\n  payee: Comune di Valle Verde – TARI"));
    }

    private Step practice(ContentSnapshot snapshot) {
        return snapshot.modules().get("pay-waste-tax").step("try-it").orElseThrow();
    }

    @Test
    void theSettingsAndTheNamesOfEveryLanguageAreLoaded() {
        ContentSnapshot snapshot = content.load();
        Rejected.nothing(snapshot);
        Step step = practice(snapshot);
        assertEquals(Map.of("bill", List.of("waste-tax"), "reference", List.of("payment-notice")), step.settings().values());
        assertEquals("3020 0012 3456 7890 12", step.goal().get("reference"));
        LearningModule module = snapshot.modules().get("pay-waste-tax");
        assertEquals(Map.of("payee", "Comune di Valle Verde – TARI"), module.texts().get("it").steps().get("try-it").site());
        assertEquals(Map.of("payee", "Valle Verde: waste tax"), module.texts().get("en").steps().get("try-it").site());
    }

    @Test
    void aStepWithoutSettingsIsAsItAlwaysWas() {
        content.write(MODULE, moduleYaml("""
                sandbox: bill-payment
                goal: { reference: "RF18 5390 0754 7034", amount: "42.50" }"""));
        content.write("pay-waste-tax/text.en.yaml", textYaml("en", ""));
        content.delete("pay-waste-tax/text.it.yaml");
        ContentSnapshot snapshot = content.load();
        Rejected.nothing(snapshot);
        assertFalse(practice(snapshot).settings().isGiven());
        assertTrue(snapshot.modules().get("pay-waste-tax").texts().get("en").steps().get("try-it").site().isEmpty());
    }

    @Test
    void aReferenceThatIsNotAPaymentNoticeCodeIsExplainedInWords() {
        content.change(MODULE, "\"3020 0012 3456 7890 12\"", "\"3020 0012 3456 7890\"");
        ContentError error = Rejected.module(content.load(), "pay-waste-tax", "goal.valueBad");
        Rejected.at(error, "modules/" + MODULE, content.lineOf(MODULE, "goal:"));
        assertEquals("modules/pay-waste-tax/module.yaml, line " + content.lineOf(MODULE, "goal:")
                + ", step \"try-it\": the goal \"reference: 3020 0012 3456 7890\" cannot be reached in the sandbox "
                + "bill-payment: \"reference\" must be an Italian payment notice code (codice avviso): exactly 18 digits "
                + "(spaces allowed), in quotes, like \"3020 0012 3456 7890 12\".", error.message(Locale.ENGLISH));
        assertTrue(error.message(Locale.ITALIAN).contains("deve essere un codice avviso di pagamento italiano: esattamente 18 cifre"),
                () -> error.message(Locale.ITALIAN));
    }

    @Test
    void anAmountWithACommaSaysWhatAnAmountLooksLike() {
        content.change(MODULE, "\"187.00\"", "\"187,00\"");
        String message = Rejected.module(content.load(), "pay-waste-tax", "goal.valueBad").message(Locale.ENGLISH);
        assertTrue(message.endsWith("\"amount\" must be an amount in euro with a dot and two decimals, at most 99999.99, "
                + "in quotes, like \"42.50\"."), message);
    }

    @Test
    void eachReferenceKindHasItsFormat() {
        content.change(MODULE, "reference: payment-notice", "reference: ocr");
        content.change(MODULE, "\"3020 0012 3456 7890 12\"", "\"4711 0815 12\"");
        Rejected.nothing(content.load());
        content.change(MODULE, "reference: ocr", "reference: rf");
        assertTrue(Rejected.module(content.load(), "pay-waste-tax", "goal.valueBad").message(Locale.ENGLISH)
                .contains("must be a creditor reference: RF, 2 digits"));
        content.change(MODULE, "\"4711 0815 12\"", "\"RF18 5390 0754 7034\"");
        Rejected.nothing(content.load());
    }

    @Test
    void anUnknownKindOfBillListsTheKinds() {
        content.change(MODULE, "bill: waste-tax", "bill: rubbish");
        ContentError error = Rejected.module(content.load(), "pay-waste-tax", "settings.valueBad");
        assertEquals("modules/pay-waste-tax/module.yaml, line " + content.lineOf(MODULE, "settings:")
                + ", step \"try-it\": the setting \"bill: rubbish\" is not possible: \"bill\" must be one of: "
                + "water, electricity, waste-tax, other.", error.message(Locale.ENGLISH));
    }

    @Test
    void aMissingSettingAndAnUnknownOneAreReported() {
        content.change(MODULE, "settings: { bill: waste-tax, reference: payment-notice }",
                "settings: { bill: waste-tax, refrence: payment-notice }");
        ContentSnapshot snapshot = content.load();
        assertTrue(Rejected.module(snapshot, "pay-waste-tax", "settings.keyUnknown").message(Locale.ENGLISH)
                .contains("the sandbox bill-payment has no setting \"refrence\"; its settings are: "));
        assertTrue(Rejected.module(snapshot, "pay-waste-tax", "settings.missing").message(Locale.ENGLISH)
                .contains("the settings need \"reference\": one of: rf, payment-notice, ocr, free-text."));
    }

    @Test
    void aLanguageWithoutTheSiteNamesIsNotOfferedAndTheStepIsNamed() {
        content.write("pay-waste-tax/text.it.yaml", textYaml("it", ""));
        ContentError error = Rejected.language(content.load(), "pay-waste-tax", "it", "site.missing");
        assertEquals("modules/pay-waste-tax/text.it.yaml, line " + content.lineOf("pay-waste-tax/text.it.yaml", "    title: Now you try")
                + ", step \"try-it\": the step \"try-it\" has settings in module.yaml, so its text needs site: with the names "
                + "the practice website shows in this language: payee.", error.message(Locale.ENGLISH));
    }

    @Test
    void aSiteNameThatTheSandboxDoesNotShowIsAnUnknownKey() {
        content.write("pay-waste-tax/text.it.yaml", textYaml("it", "site: { payee: Comune, portal: Portale }"));
        assertEquals(List.of("portal", "payee"),
                Rejected.language(content.load(), "pay-waste-tax", "it", "key.unknown").arguments());
    }

    @Test
    void aSandboxWithoutSettingsSaysWhereItsNamesGo() {
        content.write(MODULE, moduleYaml("""
                sandbox: gov-login
                goal: { username: maria.rossi }
                settings: { portal: named }"""));
        assertTrue(Rejected.module(content.load(), "pay-waste-tax", "settings.none").message(Locale.ENGLISH)
                .contains("the sandbox gov-login has no settings. To give its website your own names, write them in each "
                        + "text file, under the step's site:."));
    }

    @Test
    void thePortalMayBeNamedInALanguageWithoutSettings() {
        content.write(MODULE, moduleYaml("""
                sandbox: gov-login
                goal: { username: maria.rossi }"""));
        content.write("pay-waste-tax/text.it.yaml", textYaml("it", "site: { portal: Portale dei servizi di Valle Verde }"));
        content.write("pay-waste-tax/text.en.yaml", textYaml("en", ""));
        ContentSnapshot snapshot = content.load();
        Rejected.nothing(snapshot);
        assertEquals("Portale dei servizi di Valle Verde",
                snapshot.modules().get("pay-waste-tax").texts().get("it").steps().get("try-it").site().get("portal"));
    }

    @Test
    void aProviderOffersItsOwnServicesAndTheGoalIsOneOfThem() {
        content.write(MODULE, moduleYaml("""
                sandbox: appointment-booking
                goal: { service: physiotherapy, day: monday, time: "09:30" }
                settings: { services: [physiotherapy, x-ray] }"""));
        String site = """
                site:
                  provider: Valle Verde Clinic
                  services:
                    physiotherapy: Physiotherapy
                    x-ray: X-ray""";
        content.write("pay-waste-tax/text.en.yaml", textYaml("en", site));
        content.write("pay-waste-tax/text.it.yaml", textYaml("it", site.replace("    x-ray: X-ray", "")));
        ContentSnapshot snapshot = content.load();
        assertEquals(Map.of("provider", "Valle Verde Clinic", "services.physiotherapy", "Physiotherapy", "services.x-ray", "X-ray"),
                snapshot.modules().get("pay-waste-tax").texts().get("en").steps().get("try-it").site());
        ContentError missing = Rejected.language(snapshot, "pay-waste-tax", "it", "key.missing");
        assertEquals(List.of("x-ray"), missing.arguments());

        content.change(MODULE, "service: physiotherapy", "service: dentist");
        assertTrue(Rejected.module(content.load(), "pay-waste-tax", "goal.valueBad").message(Locale.ENGLISH)
                .contains("\"service\" must be one of the services in the step's settings: physiotherapy, x-ray."));
    }
}

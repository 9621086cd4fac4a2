package org.gefyra.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Good modules are offered as written; a bad module or language is set aside without touching the others. */
class ModuleLoaderTest {

    @TempDir
    Path dir;

    @Test
    void aGoodModuleIsOfferedWithItsStructureAndWords() {
        ContentSnapshot snapshot = new TestContent(dir).goodModule("book-a-nurse", "en", "el").load();

        Rejected.nothing(snapshot);
        LearningModule module = snapshot.modules().get("book-a-nurse");
        assertEquals(1, module.version());
        assertEquals(List.of("older-people"), module.audience());
        assertEquals(List.of("2.3"), module.digcomp());
        assertEquals(1, module.level());
        assertEquals(10, module.minutes());
        assertEquals("images/cover.svg", module.cover());
        assertEquals(List.of("welcome", "which-service", "try-it", "well-done"),
                module.steps().stream().map(Step::id).toList());
        assertEquals(Set.of("en", "el"), module.languages());

        Step welcome = module.step("welcome").orElseThrow();
        assertEquals("images/nurse.svg", welcome.image());
        Step quiz = module.step("which-service").orElseThrow();
        assertEquals(List.of("nurse", "dentist", "vaccination"), quiz.options());
        assertEquals("nurse", quiz.correct());
        Step practice = module.step("try-it").orElseThrow();
        assertEquals("appointment-booking", practice.sandbox().id());
        assertEquals(Map.of("service", "nurse", "day", "monday", "time", "09:30"), practice.goal());

        ModuleText en = module.text("en").orElseThrow();
        assertEquals("Book a visit to the nurse", en.title());
        assertEquals("I can book a visit to the nurse online.", en.canDo());
        assertEquals("A nurse smiling in a health centre", en.steps().get("welcome").imageAlt());
        assertTrue(en.steps().get("welcome").bodyHtml().contains("<strong>blood pressure</strong>"));
        assertEquals(new StepText.OptionText("Dentist", "The dentist looks after teeth."),
                en.steps().get("which-service").options().get("dentist"));
    }

    @Test
    void aModuleInUkrainianIsOfferedInUkrainian() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse", "en");
        content.write("book-a-nurse/text.uk.yaml", TestContent.TEXT_UK);

        ContentSnapshot snapshot = content.load();

        Rejected.nothing(snapshot);
        ModuleText uk = snapshot.modules().get("book-a-nurse").text("uk").orElseThrow();
        assertEquals("Запишіться до медсестри", uk.title());
        assertEquals("Стоматолог", uk.steps().get("which-service").options().get("dentist").text());
        assertTrue(uk.steps().get("welcome").bodyHtml().contains("<strong>тиск</strong>"));
    }

    @Test
    void aModuleWithOnlyOneLanguageIsOfferedInThatLanguage() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse", "uk");
        content.write("book-a-nurse/text.uk.yaml", TestContent.TEXT_UK);

        ContentSnapshot snapshot = content.load();

        Rejected.nothing(snapshot);
        assertEquals(Set.of("uk"), snapshot.modules().get("book-a-nurse").languages());
    }

    @Test
    void aBadModuleNextToGoodOnesLeavesTheGoodOnesOffered() {
        TestContent content = new TestContent(dir)
                .goodModule("alpha-module").goodModule("broken-module").goodModule("zeta-module");
        content.change("broken-module/module.yaml", "level: 1", "level: 9");

        ContentSnapshot snapshot = content.load();

        assertEquals(Set.of("alpha-module", "zeta-module"), snapshot.modules().keySet());
        Rejected.module(snapshot, "broken-module", "value.notWholeNumber");
        assertEquals(1, snapshot.rejected().size(), () -> Rejected.describe(snapshot));
    }

    @Test
    void aBadLanguageIsSetAsideAndTheModuleIsOfferedInTheOthers() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse", "en", "el", "it");
        content.change("book-a-nurse/text.el.yaml", "    title: Welcome\n", "");

        ContentSnapshot snapshot = content.load();

        Rejected.language(snapshot, "book-a-nurse", "el", "key.missing");
        assertEquals(Set.of("en", "it"), snapshot.modules().get("book-a-nurse").languages());
        assertEquals(1, snapshot.rejected().size(), () -> Rejected.describe(snapshot));
        assertEquals("modules/book-a-nurse/text.el.yaml", snapshot.rejected().get(0).path());
    }

    @Test
    void aModuleWhoseEveryLanguageIsBadIsNotOfferedAtAll() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse", "en", "sv");
        content.change("book-a-nurse/text.en.yaml", "can_do:", "can-do:");
        content.change("book-a-nurse/text.sv.yaml", "language: sv", "language: en");

        ContentSnapshot snapshot = content.load();

        ContentError none = Rejected.module(snapshot, "book-a-nurse", "module.noLanguage");
        Rejected.at(none, "modules/book-a-nurse", 0);
        Rejected.everyLanguage(snapshot, "book-a-nurse", "en", "key.unknownMeant");
        Rejected.everyLanguage(snapshot, "book-a-nurse", "sv", "text.languageMismatch");
    }

    @Test
    void aModuleWithNoLanguageFileAtAllIsNotOffered() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse").delete("book-a-nurse/text.en.yaml");

        Rejected.module(content.load(), "book-a-nurse", "module.noLanguage");
    }

    @Test
    void aFolderWithoutModuleYamlIsRejectedAndTheOthersLoad() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse");
        content.write("drafts-folder/text.en.yaml", TestContent.textYaml("en"));

        ContentSnapshot snapshot = content.load();

        assertEquals(Set.of("book-a-nurse"), snapshot.modules().keySet());
        Rejected.at(Rejected.module(snapshot, "drafts-folder", "module.notFound"), "modules/drafts-folder", 0);
    }

    @Test
    void aContentFolderWithoutModulesIsReportedNotThrown() {
        ContentSnapshot snapshot = new ModuleLoader(dir.resolve("nowhere")).load();

        assertTrue(snapshot.modules().isEmpty());
        assertEquals("content.noModulesFolder", snapshot.rejected().get(0).errors().get(0).code());
        assertNull(snapshot.rejected().get(0).language());
    }

    @Test
    void filesThatAreNotLanguageFilesAndHiddenFoldersAreLeftAlone() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse");
        content.write("book-a-nurse/notes.md", "Ideas for a second quiz.");
        content.write(".drafts/module.yaml", "not: a module");

        ContentSnapshot snapshot = content.load();

        Rejected.nothing(snapshot);
        assertEquals(Set.of("book-a-nurse"), snapshot.modules().keySet());
    }

    @Test
    void aFileSavedWithAByteOrderMarkAndWindowsLineEndingsLoads() throws Exception {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse");
        String windows = "\uFEFF" + TestContent.textYaml("en").replace("\n", "\r\n");
        Files.writeString(content.modules().resolve("book-a-nurse/text.en.yaml"), windows, StandardCharsets.UTF_8);

        ContentSnapshot snapshot = content.load();

        Rejected.nothing(snapshot);
        assertEquals("Book a visit to the nurse", snapshot.modules().get("book-a-nurse").text("en").orElseThrow().title());
    }

    @Test
    void aLanguageAddedLaterNeedsNothingButItsFile() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse", "en");
        assertFalse(content.load().modules().get("book-a-nurse").languages().contains("de"));

        content.write("book-a-nurse/text.de.yaml", TestContent.textYaml("de"));

        assertTrue(content.load().modules().get("book-a-nurse").languages().contains("de"));
    }

    @Test
    void aTranslatorMayListTheStepsInAnotherOrder() {
        TestContent content = new TestContent(dir).goodModule("book-a-nurse");
        String text = content.read("book-a-nurse/text.en.yaml");
        int lastStep = text.indexOf("  well-done:");
        content.write("book-a-nurse/text.en.yaml", text.substring(0, text.indexOf("  welcome:"))
                + text.substring(lastStep) + text.substring(text.indexOf("  welcome:"), lastStep));

        ContentSnapshot snapshot = content.load();

        Rejected.nothing(snapshot);
        assertEquals("welcome", snapshot.modules().get("book-a-nurse").steps().get(0).id());
    }
}

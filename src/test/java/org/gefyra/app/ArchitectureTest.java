package org.gefyra.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floors of the code, as the README's "Architecture" draws them: a package uses the ones
 * below it, never one above, and never one beside it on the same floor. Each rule fails the
 * build the moment an import breaks it.
 */
class ArchitectureTest {

    private static JavaClasses gefyra;

    @BeforeAll
    static void importTheCode() {
        gefyra = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gefyra");
    }

    @Test
    void featuresDependOnTheFloorsBelowThemOnly() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("org.gefyra.app..")
                .layer("demo").definedBy("org.gefyra.demo..")
                .layer("report").definedBy("org.gefyra.report..")
                .layer("session").definedBy("org.gefyra.session..")
                .layer("learning").definedBy("org.gefyra.learning..")
                .layer("kiosk").definedBy("org.gefyra.kiosk..")
                .layer("content").definedBy("org.gefyra.content..")
                .layer("learner").definedBy("org.gefyra.learner..")
                .layer("account").definedBy("org.gefyra.account..")
                .layer("organisation").definedBy("org.gefyra.organisation..")
                .layer("shared").definedBy("org.gefyra.shared..")
                .withOptionalLayers(true)
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("demo").mayOnlyBeAccessedByLayers("app")
                .whereLayer("report").mayOnlyBeAccessedByLayers("demo", "app")
                .whereLayer("session").mayOnlyBeAccessedByLayers("demo", "app")
                .whereLayer("learning").mayOnlyBeAccessedByLayers("report", "session", "demo", "app")
                .whereLayer("kiosk").mayOnlyBeAccessedByLayers("learning", "report", "session", "demo", "app")
                .whereLayer("content").mayOnlyBeAccessedByLayers("learning", "report", "session", "demo", "app")
                .whereLayer("learner").mayOnlyBeAccessedByLayers("kiosk", "content", "learning", "report", "session",
                        "demo", "app")
                .whereLayer("account").mayOnlyBeAccessedByLayers("kiosk", "content", "learning", "report", "session",
                        "demo", "app")
                .whereLayer("organisation").mayOnlyBeAccessedByLayers("learner", "account", "kiosk", "content",
                        "learning", "report", "session", "demo", "app")
                .check(gefyra);
    }

    @Test
    void noPackagesDependOnEachOtherInACircle() {
        slices().matching("org.gefyra.(**)").should().beFreeOfCycles().check(gefyra);
    }

    @Test
    void domainCodeKnowsNothingOfPages() {
        noClasses().that().resideOutsideOfPackages("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .check(gefyra);
    }

    @Test
    void startingTheApplicationIsTheTopFloorsJob() {
        noClasses().that().resideOutsideOfPackage("org.gefyra.app..")
                .should().dependOnClassesThat().resideInAPackage("org.gefyra.app..")
                .check(gefyra);
    }
}

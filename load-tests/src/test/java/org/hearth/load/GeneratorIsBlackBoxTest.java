package org.hearth.load;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The generator talks to the server over a socket only: it may not use server (or benchmark) classes. */
class GeneratorIsBlackBoxTest {
    @Test
    void theGeneratorUsesNoServerClasses() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.hearth.load");
        assertThat(classes).as("the generator's classes were found, so the rule below checks something").isNotEmpty();
        noClasses().that().resideInAPackage("org.hearth.load..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hearth.server..", "org.hearth.bench..",
                        "org.openjdk.jmh..")
                .check(classes); // throws, failing the test, on any such dependency
    }
}

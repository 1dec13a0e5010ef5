package dev.kehu.testsupport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The rules catch what they claim to: a fixture that breaks them fails, its clean twin passes. */
class ArchitectureRulesTest {

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages("dev.kehu.archfixture." + name);
    }

    @Test
    void aCleanFeatureCoreAndShellPass() {
        assertDoesNotThrow(() -> ArchitectureRules.check(ArchitectureRules.service("dev.kehu.archfixture.clean"),
                fixture("clean")));
    }

    @Test
    void aCoreImportingItsShellAndJdbcFailsOnEveryRuleItBreaks() {
        AssertionError e = assertThrows(AssertionError.class, () -> ArchitectureRules.check(
                ArchitectureRules.service("dev.kehu.archfixture.broken"), fixture("broken")));
        String report = e.getMessage();
        assertTrue(report.contains("a feature's core (domain) imports no shell of its service"), report);
        assertTrue(report.contains("a feature's core (domain) imports no framework and does no I/O"), report);
        assertTrue(report.contains("no cycles between the packages of dev.kehu.archfixture.broken"), report);
        assertTrue(report.contains("no cycles between the top-level packages of dev.kehu.archfixture.broken"), report);
    }
}

package dev.kehu.testsupport;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

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

    // The layout: "clean" is by feature with its one mapping in config; "layered" plants one violation of each rule.

    private static final String CLEAN = "dev.kehu.archfixture.clean";
    private static final String LAYERED = "dev.kehu.archfixture.layered";

    @Test
    void aFeatureLayoutWithOneMappingInConfigPassesEveryLayoutRule() {
        assertDoesNotThrow(() -> ArchitectureRules.check(ArchitectureRules.layout(CLEAN), fixture("clean")));
    }

    @Test
    void aReadModelInAQueryLayerOrInConfigFails() {
        List<String> violations = violations(ArchitectureRules::readModelsLiveInTheirFeature);
        assertEquals(2, violations.size(), violations.toString());
        assertMentions(violations, LAYERED + ".query.OrderQueries");
        assertMentions(violations, LAYERED + ".config.InvoiceRow");
        assertPasses(ArchitectureRules::readModelsLiveInTheirFeature);
    }

    @Test
    void aPackageNamedQueryFails() {
        List<String> violations = violations(ArchitectureRules::noLayerPackages);
        assertEquals(1, violations.size(), violations.toString());
        assertMentions(violations, LAYERED + ".query.OrderQueries");
        assertPasses(ArchitectureRules::noLayerPackages);
    }

    @Test
    void aServiceReadingAnotherFeaturesViewFails() {
        List<String> violations = violations(ArchitectureRules::writeCodeReadsNoOtherFeaturesReadModel);
        assertFalse(violations.isEmpty());
        violations.forEach(v -> assertTrue(v.contains(LAYERED + ".invoice.InvoiceService")
                && v.contains(LAYERED + ".order.OrderView") && v.contains("feature 'order'"), v));
        // the clean fixture's invoice calls the order feature's service: allowed
        assertPasses(ArchitectureRules::writeCodeReadsNoOtherFeaturesReadModel);
    }

    @Test
    void aConfigMappingOutsideConfigFails() {
        List<String> violations = violations(ArchitectureRules::configMappingInConfig);
        assertEquals(1, violations.size(), violations.toString());
        assertMentions(violations, LAYERED + ".order.OrderConfig");
        assertPasses(ArchitectureRules::configMappingInConfig);
    }

    @Test
    void twoConfigMappingsInOneServiceFail() {
        List<String> violations = violations(ArchitectureRules::oneConfigMapping);
        assertEquals(2, violations.size(), violations.toString());
        assertMentions(violations, LAYERED + ".order.OrderConfig");
        assertMentions(violations, LAYERED + ".config.ShopConfig");
        assertPasses(ArchitectureRules::oneConfigMapping);
    }

    @Test
    void aConfigPropertyBesideTheMappingFails() {
        List<String> violations = violations(ArchitectureRules::noConfigPropertyOutsideTheMapping);
        assertEquals(1, violations.size(), violations.toString());
        assertMentions(violations, LAYERED + ".invoice.InvoiceService");
        assertPasses(ArchitectureRules::noConfigPropertyOutsideTheMapping);
    }

    @Test
    void theLayoutReportNamesEveryRuleTheLayeredFixtureBreaks() {
        AssertionError e = assertThrows(AssertionError.class, () -> ArchitectureRules.check(
                ArchitectureRules.layout(LAYERED), fixture("layered")));
        for (ArchRule rule : ArchitectureRules.layout(LAYERED)) {
            assertTrue(e.getMessage().contains(rule.getDescription()), rule.getDescription());
        }
    }

    /** The violations the rule finds in the layered fixture. */
    private static List<String> violations(Function<String, ArchRule> rule) {
        EvaluationResult result = rule.apply(LAYERED).evaluate(fixture("layered"));
        assertTrue(result.hasViolation(), result.getFailureReport().toString());
        return result.getFailureReport().getDetails();
    }

    private static void assertPasses(Function<String, ArchRule> rule) {
        EvaluationResult result = rule.apply(CLEAN).evaluate(fixture("clean"));
        assertFalse(result.hasViolation(), result.getFailureReport().toString());
    }

    private static void assertMentions(List<String> violations, String className) {
        assertTrue(violations.stream().anyMatch(v -> v.contains(className)), className + " in " + violations);
    }
}

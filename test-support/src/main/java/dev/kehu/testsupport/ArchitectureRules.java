package dev.kehu.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape every Kehu module keeps, as ArchUnit rules its tests check (a broken rule fails the build):
 * <ul>
 * <li>a feature's pure core lives under {@code domain} ({@code dev.kehu.retention.domain.task} for the
 *     shell {@code dev.kehu.retention.task}) and imports no shell of its service and no framework (no
 *     Quarkus, Jakarta, JDBC, Kafka, Hibernate);</li>
 * <li>no service imports another service, and the shared library imports no service;</li>
 * <li>no cycles between the packages of a module, nor between its top-level packages taken whole
 *     (a feature's shell, {@code domain}, {@code common}): every arrow runs one way, down.</li>
 * </ul>
 */
public final class ArchitectureRules {

    /** The services' root packages. */
    public static final List<String> SERVICES = List.of("dev.kehu.profiling", "dev.kehu.segmentation",
            "dev.kehu.retention", "dev.kehu.console");

    /** What a pure core may not touch: frameworks and I/O. */
    static final String[] FRAMEWORKS = {"io.quarkus..", "io.smallrye..", "io.vertx..", "jakarta..",
            "org.eclipse.microprofile..", "java.sql..", "javax.sql..", "org.apache.kafka..", "org.hibernate..",
            "org.jboss..", "org.postgresql..", "com.fasterxml.jackson.databind.."};

    private ArchitectureRules() {
    }

    /** The classes of a module's main code under {@code rootPackage}. */
    public static JavaClasses mainClasses(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(rootPackage);
    }

    /** The rules of a service rooted at {@code rootPackage}. */
    public static List<ArchRule> service(String rootPackage) {
        String[] others = SERVICES.stream().filter(s -> !s.equals(rootPackage)).map(s -> s + "..")
                .toArray(String[]::new);
        return List.of(
                noClasses().that().resideInAPackage(rootPackage + "..domain..")
                        .should().dependOnClassesThat(resideInAPackage(rootPackage + "..")
                                .and(not(resideInAPackage("..domain.."))))
                        .as("a feature's core (domain) imports no shell of its service").allowEmptyShould(true),
                noClasses().that().resideInAPackage(rootPackage + "..domain..")
                        .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                        .as("a feature's core (domain) imports no framework and does no I/O").allowEmptyShould(true),
                noClasses().that().resideInAPackage(rootPackage + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(others)
                        .as("no service imports another service"),
                acyclic(rootPackage),
                slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles()
                        .as("no cycles between the top-level packages of " + rootPackage));
    }

    /** The rules of the shared library rooted at {@code rootPackage}. */
    public static List<ArchRule> library(String rootPackage) {
        return List.of(
                noClasses().that().resideInAPackage(rootPackage + "..")
                        .should().dependOnClassesThat(resideInAnyPackage(
                                SERVICES.stream().map(s -> s + "..").toArray(String[]::new)))
                        .as("the shared library imports no service"),
                acyclic(rootPackage));
    }

    static ArchRule acyclic(String rootPackage) {
        return slices().matching(rootPackage + ".(**)").should().beFreeOfCycles()
                .as("no cycles between the packages of " + rootPackage);
    }

    /** Checks every rule against the classes, reporting all violations at once. */
    public static void check(List<ArchRule> rules, JavaClasses classes) {
        List<String> failures = rules.stream()
                .flatMap(r -> {
                    var result = r.evaluate(classes);
                    return result.hasViolation() ? Stream.of(result.getFailureReport().toString()) : Stream.empty();
                })
                .toList();
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures));
        }
    }
}

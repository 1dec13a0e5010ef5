package dev.kehu.testsupport;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

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
 * And the one layout of a service ({@link #layout}), by feature: {@code dev.kehu.<service>.<feature>} holds the
 * feature's resource, services, projections, queries and views; its pure core sits in {@code domain.<feature>};
 * the shared plumbing in {@code config}, with the service's one {@code @ConfigMapping}.
 */
public final class ArchitectureRules {

    /** The services' root packages. */
    public static final List<String> SERVICES = List.of("dev.kehu.profiling", "dev.kehu.segmentation",
            "dev.kehu.retention", "dev.kehu.console");

    /** What a pure core may not touch: frameworks and I/O. */
    static final String[] FRAMEWORKS = {"io.quarkus..", "io.smallrye..", "io.vertx..", "jakarta..",
            "org.eclipse.microprofile..", "java.sql..", "javax.sql..", "org.apache.kafka..", "org.hibernate..",
            "org.jboss..", "org.postgresql..", "com.fasterxml.jackson.databind.."};

    /** The name endings of a read model's classes: each belongs to one feature. */
    static final List<String> READ_MODEL = List.of("Projection", "Queries", "Query", "View", "Row", "Record");
    /** What a feature keeps to itself; its {@code Queries} are what other features may ask. */
    static final List<String> READ_MODEL_INSIDE = List.of("Projection", "View", "Row", "Record");

    /** The name endings of write code: it may read its own feature's read model, never another's. */
    static final List<String> WRITERS = List.of("Service", "Handler");

    /** Top-level packages of a service that are no feature: the pure cores and the shared plumbing. */
    static final Set<String> NOT_FEATURES = Set.of("domain", "config", "common");

    /** Package names that make a layer: a read model lives in its feature, not beside every feature's. */
    static final Set<String> LAYERS = Set.of("query", "queries", "readmodel", "readmodels");

    static final String CONFIG_MAPPING = "io.smallrye.config.ConfigMapping";
    static final String CONFIG_PROPERTY = "org.eclipse.microprofile.config.inject.ConfigProperty";

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

    /** The layout of a service rooted at {@code rootPackage}: by feature, one configuration. */
    public static List<ArchRule> layout(String rootPackage) {
        return List.of(readModelsLiveInTheirFeature(rootPackage), noLayerPackages(rootPackage),
                writeCodeReadsNoOtherFeaturesReadModel(rootPackage), configMappingInConfig(rootPackage),
                oneConfigMapping(rootPackage), noConfigPropertyOutsideTheMapping(rootPackage));
    }

    /** A projection, query, view, row, record or resource sits in a feature's package, not in a core or plumbing. */
    static ArchRule readModelsLiveInTheirFeature(String root) {
        List<String> endings = Stream.concat(READ_MODEL.stream(), Stream.of("Resource")).toList();
        return classes().that().resideInAPackage(root + "..").and(named(endings))
                // an abstract base shared by several features' read models is plumbing
                .and(not(modifier(JavaModifier.ABSTRACT)))
                .should(be(inAFeature(root)))
                .as("a projection, query, view, row, record or resource lives in its feature's package ("
                        + root + ".<feature>), not in " + String.join(", ", NOT_FEATURES.stream().sorted().toList())
                        + " or a layer")
                .allowEmptyShould(true);
    }

    /** No package is a read-model layer ({@code query}, {@code readmodel}): a layer serves every feature. */
    static ArchRule noLayerPackages(String root) {
        String layers = String.join(" or ", LAYERS.stream().sorted().toList());
        return noClasses().that().resideInAPackage(root + "..")
                .should(be(describe("in a layer package (" + layers + ")", ArchitectureRules::inALayer)))
                .as("no package of " + root + " is a layer named " + layers)
                .allowEmptyShould(true);
    }

    /**
     * A service or (command) handler imports no projection, view, row or record of another feature:
     * what it needs to know of another feature it asks that feature's queries.
     */
    static ArchRule writeCodeReadsNoOtherFeaturesReadModel(String root) {
        return classes().that().resideInAPackage(root + "..").and(named(WRITERS))
                .should(new ArchCondition<>("import no other feature's read model") {
                    @Override
                    public void check(JavaClass writer, ConditionEvents events) {
                        for (Dependency d : writer.getDirectDependenciesFromSelf()) {
                            JavaClass target = d.getTargetClass().getBaseComponentType();
                            if (target.getPackageName().startsWith(root + ".")
                                    && named(READ_MODEL_INSIDE).test(target)
                                    && !feature(root, target).equals(feature(root, writer))) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()
                                        + ": the read model of feature '" + feature(root, target) + "'"));
                            }
                        }
                    }
                })
                .as("write code (a service or handler) imports no other feature's read model")
                .allowEmptyShould(true);
    }

    /** The service's configuration mapping sits in {@code <root>.config}. */
    static ArchRule configMappingInConfig(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(CONFIG_MAPPING)
                .should().resideInAPackage(root + ".config")
                .as("the @ConfigMapping of " + root + " lives in " + root + ".config")
                .allowEmptyShould(true);
    }

    /** One {@code @ConfigMapping} per service, every key in it. */
    static ArchRule oneConfigMapping(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(CONFIG_MAPPING)
                .should(new ArchCondition<>("be the only one") {
                    private int mappings;

                    @Override
                    public void init(Collection<JavaClass> all) {
                        mappings = all.size();
                    }

                    @Override
                    public void check(JavaClass mapping, ConditionEvents events) {
                        if (mappings > 1) {
                            events.add(SimpleConditionEvent.violated(mapping, mapping.getName() + " is one of "
                                    + mappings + " @ConfigMapping interfaces"));
                        }
                    }
                })
                .as("one @ConfigMapping for " + root)
                .allowEmptyShould(true);
    }

    /** No key is injected beside the mapping ({@code @ConfigProperty} on a field or a parameter). */
    static ArchRule noConfigPropertyOutsideTheMapping(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("inject no @ConfigProperty") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        for (JavaField f : c.getFields()) {
                            if (f.isAnnotatedWith(CONFIG_PROPERTY)) {
                                events.add(SimpleConditionEvent.violated(f, f.getFullName()
                                        + " is a @ConfigProperty"));
                            }
                        }
                        for (JavaCodeUnit u : c.getCodeUnits()) {
                            for (JavaParameter p : u.getParameters()) {
                                if (p.isAnnotatedWith(CONFIG_PROPERTY)) {
                                    events.add(SimpleConditionEvent.violated(p, u.getFullName() + " parameter "
                                            + p.getIndex() + " is a @ConfigProperty"));
                                }
                            }
                        }
                    }
                })
                .as("every key of " + root + " is in its @ConfigMapping: no @ConfigProperty")
                .allowEmptyShould(true);
    }

    /** The feature of a class: its first package under the root ("" in the root itself or outside it). */
    static String feature(String root, JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(root + ".")) {
            return "";
        }
        String rest = pkg.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** In {@code <root>.<feature>..}: not in a core or the plumbing, and no package of the path a layer. */
    static DescribedPredicate<JavaClass> inAFeature(String root) {
        return describe("in a feature's package", c -> {
            String feature = feature(root, c);
            return !feature.isEmpty() && !NOT_FEATURES.contains(feature) && !inALayer(c);
        });
    }

    private static boolean inALayer(JavaClass c) {
        return Arrays.stream(c.getPackageName().split("\\.")).anyMatch(LAYERS::contains);
    }

    /** Whose name (or its enclosing class's, for a nested one) ends in one of {@code endings}. */
    static DescribedPredicate<JavaClass> named(List<String> endings) {
        return describe("named *" + String.join(", *", endings), c -> {
            String local = c.getName().substring(c.getPackageName().isEmpty() ? 0 : c.getPackageName().length() + 1);
            String outer = local.contains("$") ? local.substring(0, local.indexOf('$')) : local;
            return endings.stream().anyMatch(e -> c.getSimpleName().endsWith(e) || outer.endsWith(e));
        });
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

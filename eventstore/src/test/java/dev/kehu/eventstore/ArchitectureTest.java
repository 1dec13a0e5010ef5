package dev.kehu.eventstore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.lang.ArchRule;

import dev.kehu.testsupport.ArchitectureRules;

/**
 * The library imports no service and its packages import each other in one direction only. The
 * shared rules see the subpackages; the root package (the plain event-sourcing classes every
 * subpackage builds on) is held here: it imports none of them and no framework, so the
 * {@code Decider}, {@code CommandHandler}, store, outbox and relay run without Quarkus (the wiring
 * lives in {@code runtime}), and the contracts are plain records and decoders.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.kehu.eventstore";
    private static final String[] QUARKUS_AND_CDI = {"io.quarkus..", "io.smallrye..", "io.vertx..", "jakarta..",
            "org.eclipse.microprofile.."};

    @Test
    void theLibraryKeepsItsShape() {
        List<ArchRule> rules = new ArrayList<>(ArchitectureRules.library(ROOT));
        rules.add(noClasses().that().resideInAPackage(ROOT)
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".(*)..")
                .as("the root package imports none of its subpackages"));
        rules.add(noClasses().that().resideInAnyPackage(ROOT, ROOT + ".contract..")
                .should().dependOnClassesThat().resideInAnyPackage(QUARKUS_AND_CDI)
                .as("the event-sourcing core and the contracts need no Quarkus"));
        ArchitectureRules.check(rules, ArchitectureRules.mainClasses(ROOT));
    }
}

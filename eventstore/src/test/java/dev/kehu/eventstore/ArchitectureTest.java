package dev.kehu.eventstore;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.ArchitectureRules;

/** The library imports no service and its packages import each other in one direction only. */
class ArchitectureTest {

    @Test
    void theLibraryKeepsItsShape() {
        ArchitectureRules.check(ArchitectureRules.library("dev.kehu.eventstore"),
                ArchitectureRules.mainClasses("dev.kehu.eventstore"));
    }
}

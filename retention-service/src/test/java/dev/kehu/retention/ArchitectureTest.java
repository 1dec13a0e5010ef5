package dev.kehu.retention;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.ArchitectureRules;

/**
 * The shape of this service, checked on its compiled classes: each feature's core ({@code ..domain})
 * imports no shell and no framework, no other service is imported, no package cycles; and the one
 * layout of every service (by feature, read models in their feature, one configuration mapping).
 */
class ArchitectureTest {

    @Test
    void theServiceKeepsItsShape() {
        ArchitectureRules.check(ArchitectureRules.service("dev.kehu.retention"),
                ArchitectureRules.mainClasses("dev.kehu.retention"));
    }

    @Test
    void theServiceIsLaidOutByFeature() {
        ArchitectureRules.check(ArchitectureRules.layout("dev.kehu.retention"),
                ArchitectureRules.mainClasses("dev.kehu.retention"));
    }
}

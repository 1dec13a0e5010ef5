package dev.kehu.profiling;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.ArchitectureRules;

/**
 * The module's shape: each feature's pure core in its {@code domain} package imports no shell and no
 * framework, no other service is imported, and no package imports one that imports it back; and the
 * one layout of every service (by feature, read models in their feature, one configuration mapping).
 */
class ArchitectureTest {

    @Test
    void featureCoresArePureAndPackagesFormNoCycle() {
        ArchitectureRules.check(ArchitectureRules.service("dev.kehu.profiling"),
                ArchitectureRules.mainClasses("dev.kehu.profiling"));
    }

    @Test
    void theServiceIsLaidOutByFeature() {
        ArchitectureRules.check(ArchitectureRules.layout("dev.kehu.profiling"),
                ArchitectureRules.mainClasses("dev.kehu.profiling"));
    }
}

package dev.kehu.profiling;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.ArchitectureRules;

/**
 * The module's shape (issue 11): each feature's pure core in its {@code domain} package imports no
 * shell and no framework, no other service is imported, and no package imports one that imports it back.
 */
class ArchitectureTest {

    @Test
    void featureCoresArePureAndPackagesFormNoCycle() {
        ArchitectureRules.check(ArchitectureRules.service("dev.kehu.profiling"),
                ArchitectureRules.mainClasses("dev.kehu.profiling"));
    }
}

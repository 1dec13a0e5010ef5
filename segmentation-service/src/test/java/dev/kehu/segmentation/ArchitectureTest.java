package dev.kehu.segmentation;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.ArchitectureRules;

/**
 * The shape of the service, checked on its main classes: the pure cores ({@code domain.segment},
 * {@code domain.client}) import no shell and no framework, no other service is imported, no two
 * packages import each other; and the layout is by feature, with one configuration mapping in
 * {@code config}.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.kehu.segmentation";

    @Test
    void segmentationKeepsItsPureCoresAndHasNoPackageCycles() {
        ArchitectureRules.check(ArchitectureRules.service(ROOT), ArchitectureRules.mainClasses(ROOT));
    }

    @Test
    void segmentationIsLaidOutByFeatureWithOneConfigMapping() {
        ArchitectureRules.check(ArchitectureRules.layout(ROOT), ArchitectureRules.mainClasses(ROOT));
    }
}

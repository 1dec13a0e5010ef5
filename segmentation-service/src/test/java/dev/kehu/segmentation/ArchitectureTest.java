package dev.kehu.segmentation;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.ArchitectureRules;

/**
 * The shape of the service, checked on its main classes: the pure cores ({@code segment.domain},
 * {@code client.domain}) import no shell and no framework, no other service is imported, and no
 * two packages import each other.
 */
class ArchitectureTest {

    @Test
    void segmentationKeepsItsPureCoresAndHasNoPackageCycles() {
        ArchitectureRules.check(ArchitectureRules.service("dev.kehu.segmentation"),
                ArchitectureRules.mainClasses("dev.kehu.segmentation"));
    }
}

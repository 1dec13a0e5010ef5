package dev.kehu.console;

import org.junit.jupiter.api.Test;

import dev.kehu.testsupport.ArchitectureRules;

/** The console's packages ({@code api}, {@code auth}, {@code i18n}, {@code web}) import no service and form no cycle. */
class ArchitectureTest {

    @Test
    void theConsoleImportsNoServiceAndHasNoPackageCycles() {
        ArchitectureRules.check(ArchitectureRules.service("dev.kehu.console"),
                ArchitectureRules.mainClasses("dev.kehu.console"));
    }
}

package dev.kehu.console.api.profiling;

import java.time.Instant;
import java.util.List;

import dev.kehu.console.api.Bilingual;

/** One suitability check of a product for the client, with the warnings shown to the client. */
public record SuitabilityCheck(String productCode, String productRiskLevel, String result, List<Warning> warnings,
        Instant checkedAt) {

    public record Warning(String code, String zh, String en) implements Bilingual {
    }
}

package dev.kehu.profiling.suitability.domain;

import java.time.Instant;
import java.util.UUID;

import dev.kehu.profiling.client.domain.RecordedBy;
import dev.kehu.profiling.product.domain.RiskLevel;

/** What can be asked of a suitability check. */
public sealed interface SuitabilityCommand permits SuitabilityCommand.Check, SuitabilityCommand.Acknowledge {

    /** @param assessment the client's latest assessment, null without one */
    record Check(UUID checkId, String clientId, String productCode, RiskLevel productRiskLevel,
                 AssessmentFacts assessment, SuitabilityWarnings texts, Instant now) implements SuitabilityCommand {
    }

    record Acknowledge(Channel channel, String statement, RecordedBy by, Instant now) implements SuitabilityCommand {
    }
}

package dev.kehu.profiling.domain.suitability;

import java.time.Instant;
import java.util.UUID;

import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.domain.product.RiskLevel;

/** What can be asked of a suitability check. */
public sealed interface SuitabilityCommand permits SuitabilityCommand.Check, SuitabilityCommand.Acknowledge {

    /** @param assessment the client's latest assessment, null without one */
    record Check(UUID checkId, String clientId, String productCode, RiskLevel productRiskLevel,
                 AssessmentFacts assessment, SuitabilityWarnings texts, Instant now) implements SuitabilityCommand {
    }

    record Acknowledge(Channel channel, String statement, RecordedBy by, Instant now) implements SuitabilityCommand {
    }
}

package dev.kehu.profiling.domain.suitability;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kehu.eventstore.EventType;
import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;

/** A suitability check's record, stream {@code suitability-check-<checkId>}: checked, then maybe acknowledged. */
public sealed interface SuitabilityEvent permits SuitabilityEvent.Checked, SuitabilityEvent.Acknowledged {

    UUID checkId();

    String clientId();

    /** The check as decided, with the warnings' texts as shown then. Category and assessment are null without one. */
    @EventType("profiling.suitability-check.checked.v1")
    record Checked(UUID checkId, String clientId, String productCode, RiskLevel productRiskLevel,
                   RiskCategory riskCategory, boolean lowestCategory, UUID assessmentId, String questionnaireVersion,
                   SuitabilityResult result, List<Warning> warnings, boolean acknowledgementRequired,
                   Instant checkedAt) implements SuitabilityEvent {
    }

    /** The client confirmed the warning of a MISMATCH: who recorded it, when, through which channel, the exact statement. */
    @EventType("profiling.suitability-check.acknowledged.v1")
    record Acknowledged(UUID checkId, String clientId, String productCode, Channel channel, String statement,
                        RecordedBy acknowledgedBy, Instant acknowledgedAt) implements SuitabilityEvent {
    }
}

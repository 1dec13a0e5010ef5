package dev.kehu.profiling.suitability;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;
import dev.kehu.profiling.domain.suitability.Channel;
import dev.kehu.profiling.domain.suitability.SuitabilityCheck;
import dev.kehu.profiling.domain.suitability.SuitabilityEvent;
import dev.kehu.profiling.domain.suitability.SuitabilityResult;
import dev.kehu.profiling.domain.suitability.Warning;

/** docs/domain.md#suitability-check check body, plus the acknowledgement (null until there is one). */
public record SuitabilityCheckView(UUID checkId, String clientId, String productCode, RiskLevel productRiskLevel,
                                   RiskCategory riskCategory, boolean lowestCategory, UUID assessmentId,
                                   String questionnaireVersion, SuitabilityResult result, List<Warning> warnings,
                                   boolean acknowledgementRequired, Instant checkedAt, Acknowledgement acknowledgement) {

    /** Who recorded the client's confirmation, when, through which channel, and the exact statement shown. */
    public record Acknowledgement(Channel channel, String statement, RecordedBy acknowledgedBy,
                                  Instant acknowledgedAt) {
    }

    /** @param asOf show the acknowledgement only if it was recorded by then (null: now) */
    public static SuitabilityCheckView of(SuitabilityCheck check, Instant asOf) {
        SuitabilityEvent.Checked c = check.checked();
        SuitabilityEvent.Acknowledged a = check.acknowledged();
        Acknowledgement ack = a == null || asOf != null && a.acknowledgedAt().isAfter(asOf) ? null
                : new Acknowledgement(a.channel(), a.statement(), a.acknowledgedBy(), a.acknowledgedAt());
        return new SuitabilityCheckView(c.checkId(), c.clientId(), c.productCode(), c.productRiskLevel(),
                c.riskCategory(), c.lowestCategory(), c.assessmentId(), c.questionnaireVersion(), c.result(),
                c.warnings(), c.acknowledgementRequired(), c.checkedAt(), ack);
    }
}

package dev.kehu.profiling.assessment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.kehu.profiling.domain.assessment.Consistency;
import dev.kehu.profiling.domain.assessment.PartScore;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.domain.questionnaire.Allocation;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;

/** docs/contract.md#rest-conventions assessment body, plus the consistency findings, validity, the answers scored and who submitted them. */
public record AssessmentView(UUID assessmentId, String clientId, String questionnaireVersion, PartScore capacity,
                             PartScore attitude, Allocation allocation, Consistency consistency, Instant completedAt,
                             Instant validUntil, RiskCategory riskCategory, boolean lowestCategory, UUID rescoredFrom,
                             Map<String, Object> answers, RecordedBy recordedBy) {

    /** @param recordedBy who submitted it (from the event's metadata), null if unknown */
    public static AssessmentView of(RiskAssessed e, RecordedBy recordedBy) {
        return new AssessmentView(e.assessmentId(), e.clientId(), e.questionnaireVersion(), e.capacity(), e.attitude(),
                e.allocation(), e.consistency(), e.completedAt(), e.validUntil(), e.riskCategory(), e.lowestCategory(),
                e.rescoredFrom(), e.answers(), recordedBy);
    }
}

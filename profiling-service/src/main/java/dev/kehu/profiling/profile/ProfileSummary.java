package dev.kehu.profiling.profile;

import java.time.Instant;
import java.util.UUID;

import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.domain.profile.LifeCycleStage;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.ConsistencyLevel;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;

/** One line of the profile list (docs/contract.md#rest-paths-per-service): what the filters select on, and when the assessment expires. */
public record ProfileSummary(String clientId, RiskCategory riskCategory, Boolean lowestCategory, UUID assessmentId,
                             Score capacity, Score attitude, ConsistencyLevel consistency, LifeCycleStage lifeStage,
                             Personality personality, Instant validUntil, Boolean reassessmentDue, Instant updatedAt) {

    public record Score(int score, Band band) {
    }

    public static ProfileSummary of(ClientProfile p, Instant now) {
        RiskAssessed a = p.latestAssessment();
        return new ProfileSummary(p.clientId(), a == null ? null : a.riskCategory(), a == null ? null : a.lowestCategory(),
                a == null ? null : a.assessmentId(), a == null ? null : new Score(a.capacity().score(), a.capacity().band()),
                a == null ? null : new Score(a.attitude().score(), a.attitude().band()),
                a == null ? null : a.consistency().level(),
                p.household() == null ? null : p.household().lifeCycleStage(),
                p.personality() == null ? null : p.personality().personality(), a == null ? null : a.validUntil(),
                a == null ? null : !a.validUntil().isAfter(now), p.updatedAt());
    }
}

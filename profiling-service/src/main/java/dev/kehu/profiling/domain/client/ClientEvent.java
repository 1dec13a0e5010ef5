package dev.kehu.profiling.domain.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.kehu.eventstore.EventType;
import dev.kehu.profiling.domain.assessment.Consistency;
import dev.kehu.profiling.domain.assessment.PartScore;
import dev.kehu.profiling.domain.needs.ServiceNeeds;
import dev.kehu.profiling.domain.profile.Household;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.profile.LifeCycleStage;
import dev.kehu.profiling.domain.profile.LifePhase;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.domain.profile.SocialBackground;
import dev.kehu.profiling.domain.questionnaire.Allocation;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;
import dev.kehu.profiling.domain.survey.Dimension;
import dev.kehu.profiling.domain.survey.Rating;

/**
 * Everything profiling knows about one client, stream {@code client-<clientId>}. Events carry
 * their outcomes (scores, bands, derived stages, gaps) as decided then, so history never changes
 * when a new questionnaire version or new thresholds are published, and read models are plain folds.
 */
public sealed interface ClientEvent permits ClientEvent.RiskAssessed, ClientEvent.HouseholdRecorded,
        ClientEvent.SocialBackgroundRecorded, ClientEvent.PersonalityRecorded, ClientEvent.InvestorAttitudeRecorded,
        ClientEvent.ServiceSurveyCompleted, ClientEvent.ServiceNeedsRecorded {

    String clientId();

    /**
     * A risk questionnaire scored with the version in force; valid until {@code validUntil}. The risk
     * category (docs/domain.md#risk-category) is decided with it; {@code rescoredFrom} names the assessment whose answers a
     * re-scoring took (null for answers the client gave).
     */
    @EventType("profiling.client.risk-assessed.v1")
    record RiskAssessed(UUID assessmentId, String clientId, String questionnaireVersion, Map<String, Object> answers,
                        PartScore capacity, PartScore attitude, Allocation allocation, Consistency consistency,
                        Instant completedAt, Instant validUntil, RiskCategory riskCategory, boolean lowestCategory,
                        UUID rescoredFrom) implements ClientEvent {
    }

    @EventType("profiling.client.household-recorded.v1")
    record HouseholdRecorded(String clientId, Household household, LifeCycleStage lifeCycleStage, LifePhase lifePhase,
                             Instant recordedAt) implements ClientEvent {
    }

    @EventType("profiling.client.social-background-recorded.v1")
    record SocialBackgroundRecorded(String clientId, SocialBackground background, Instant recordedAt)
            implements ClientEvent {
    }

    @EventType("profiling.client.personality-recorded.v1")
    record PersonalityRecorded(String clientId, Personality personality, Instant recordedAt) implements ClientEvent {
    }

    @EventType("profiling.client.investor-attitude-recorded.v1")
    record InvestorAttitudeRecorded(String clientId, InvestorAttitude group, Instant recordedAt)
            implements ClientEvent {
    }

    /** A SERVQUAL survey with its gaps; a negative overall gap is a churn signal for retention. */
    @EventType("profiling.client.service-survey-completed.v1")
    record ServiceSurveyCompleted(UUID surveyId, String clientId, String surveyVersion, Map<String, Rating> ratings,
                                  Map<Dimension, BigDecimal> dimensionGaps, BigDecimal overallGap, Instant completedAt)
            implements ClientEvent {
    }

    /**
     * An advisor recorded what the client needs (docs/domain.md#service-needs). The primary personality and
     * investor attitude group in force then are kept with it, so the published event and a blend read later
     * name the primary as it was (null when none was recorded).
     */
    @EventType("profiling.client.service-needs-recorded.v1")
    record ServiceNeedsRecorded(String clientId, ServiceNeeds needs, Personality personality,
                                InvestorAttitude investorAttitude, Instant recordedAt) implements ClientEvent {
    }
}

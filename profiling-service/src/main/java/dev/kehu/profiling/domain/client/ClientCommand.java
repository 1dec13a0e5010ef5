package dev.kehu.profiling.domain.client;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import dev.kehu.profiling.domain.assessment.Answers;
import dev.kehu.profiling.domain.needs.ServiceNeeds;
import dev.kehu.profiling.domain.profile.Facets;
import dev.kehu.profiling.domain.profile.Household;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.domain.profile.SocialBackground;
import dev.kehu.profiling.domain.questionnaire.ConsistencyRules;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;
import dev.kehu.profiling.domain.questionnaire.RiskCategories;
import dev.kehu.profiling.domain.survey.Rating;
import dev.kehu.profiling.domain.survey.Servqual;

/** What can be asked of a client's profile. Commands carry the rules data and the time they apply. */
public sealed interface ClientCommand permits ClientCommand.AssessRisk, ClientCommand.RescoreRisk,
        ClientCommand.RecordHousehold,
        ClientCommand.RecordSocialBackground, ClientCommand.RecordPersonality, ClientCommand.RecordInvestorAttitude,
        ClientCommand.CompleteServiceSurvey, ClientCommand.RecordServiceNeeds {

    String clientId();

    Instant now();

    record AssessRisk(String clientId, UUID assessmentId, Questionnaire questionnaire, ConsistencyRules rules,
                      RiskCategories categories, Answers answers, int validityMonths, ZoneId zone, Instant now)
            implements ClientCommand {
    }

    /**
     * The client's latest answers scored again under another questionnaire version (docs/domain.md#questionnaire-versions
     * re-scoring): a new assessment beside the original, {@code rescoredFrom} naming it. The client
     * answered nothing new, so the original's validity stays.
     */
    record RescoreRisk(String clientId, UUID assessmentId, UUID rescoredFrom, Questionnaire questionnaire,
                       ConsistencyRules rules, RiskCategories categories, Answers answers, Instant validUntil,
                       Instant now) implements ClientCommand {
    }

    record RecordHousehold(String clientId, Household household, Facets facets, Instant now) implements ClientCommand {
    }

    record RecordSocialBackground(String clientId, SocialBackground background, Instant now) implements ClientCommand {
    }

    record RecordPersonality(String clientId, Personality personality, Instant now) implements ClientCommand {
    }

    record RecordInvestorAttitude(String clientId, InvestorAttitude group, Instant now) implements ClientCommand {
    }

    record CompleteServiceSurvey(String clientId, UUID surveyId, Servqual servqual, Map<String, Rating> ratings,
                                 Instant now) implements ClientCommand {
    }

    /** The client's service needs, replacing what was recorded before (docs/domain.md#service-needs). */
    record RecordServiceNeeds(String clientId, ServiceNeeds needs, Instant now) implements ClientCommand {
    }
}

package dev.kehu.profiling.client;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import dev.kehu.profiling.assessment.Answers;
import dev.kehu.profiling.profile.Facets;
import dev.kehu.profiling.profile.Household;
import dev.kehu.profiling.profile.InvestorAttitude;
import dev.kehu.profiling.profile.Personality;
import dev.kehu.profiling.profile.SocialBackground;
import dev.kehu.profiling.questionnaire.ConsistencyRules;
import dev.kehu.profiling.questionnaire.Questionnaire;
import dev.kehu.profiling.survey.Rating;
import dev.kehu.profiling.survey.Servqual;

/** What can be asked of a client's profile. Commands carry the rules data and the time they apply. */
public sealed interface ClientCommand permits ClientCommand.AssessRisk, ClientCommand.RecordHousehold,
        ClientCommand.RecordSocialBackground, ClientCommand.RecordPersonality, ClientCommand.RecordInvestorAttitude,
        ClientCommand.CompleteServiceSurvey {

    String clientId();

    Instant now();

    record AssessRisk(String clientId, UUID assessmentId, Questionnaire questionnaire, ConsistencyRules rules,
                      Answers answers, int validityMonths, ZoneId zone, Instant now) implements ClientCommand {
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
}

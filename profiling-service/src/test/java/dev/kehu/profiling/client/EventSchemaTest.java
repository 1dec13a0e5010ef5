package dev.kehu.profiling.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.profiling.domain.assessment.Consistency;
import dev.kehu.profiling.domain.assessment.PartScore;
import dev.kehu.profiling.domain.client.ClientEvent.HouseholdRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.InvestorAttitudeRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.PersonalityRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceNeedsRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceSurveyCompleted;
import dev.kehu.profiling.domain.needs.ContactChannel;
import dev.kehu.profiling.domain.needs.DecisionStyle;
import dev.kehu.profiling.domain.needs.EmotionalNeed;
import dev.kehu.profiling.domain.needs.Frequency;
import dev.kehu.profiling.domain.needs.InformationStyle;
import dev.kehu.profiling.domain.needs.Orientation;
import dev.kehu.profiling.domain.needs.ReminderContent;
import dev.kehu.profiling.domain.needs.Requirement;
import dev.kehu.profiling.domain.needs.RequirementLevel;
import dev.kehu.profiling.domain.needs.ServiceNeeds;
import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.client.ClientEvent.SocialBackgroundRecorded;
import dev.kehu.profiling.domain.client.ClientEvent;
import dev.kehu.profiling.domain.profile.Household;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.profile.LifeCycleStage;
import dev.kehu.profiling.domain.profile.LifePhase;
import dev.kehu.profiling.domain.profile.MaritalStatus;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.domain.profile.SocialBackground;
import dev.kehu.profiling.domain.questionnaire.Allocation;
import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.ConsistencyLevel;
import dev.kehu.profiling.domain.questionnaire.Labels;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;
import dev.kehu.profiling.domain.survey.Dimension;
import dev.kehu.profiling.domain.survey.Rating;

/**
 * Locks the stored JSON and the type names of every event: a renamed field or class would orphan
 * stored events, so it has to show up here first (and come with an upcaster or a new version).
 */
class EventSchemaTest {

    static final EventCodec CODEC = new EventCodec(EventCodec.defaultMapper()).register(ClientEvent.class);
    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant T = Instant.parse("2026-03-01T02:00:00.123Z");
    static final UUID ID = UUID.fromString("0b6f3f0e-5d0e-4a8e-9a51-6c3c1d1f2a77");

    @Test
    void riskAssessed() throws Exception {
        RiskAssessed e = new RiskAssessed(ID, "C1", "v1", new TreeMap<>(Map.of("age", 38, "stopLoss", "PRESET_STOP")),
                new PartScore(69, Band.MEDIUM_HIGH, Map.of("age", 37)), new PartScore(56, Band.MEDIUM, Map.of("stopLoss", 10)),
                new Allocation(0, 40, 60), new Consistency("v1", ConsistencyLevel.AMBER, List.of(new Consistency.Finding(
                "X", ConsistencyLevel.AMBER, List.of("age", "stopLoss"), new Labels("中", "en")))), T,
                Instant.parse("2027-03-01T02:00:00.123Z"), RiskCategory.C3, false, null);
        lock(e, "profiling.client.risk-assessed.v1", """
                {"assessmentId":"0b6f3f0e-5d0e-4a8e-9a51-6c3c1d1f2a77","clientId":"C1","questionnaireVersion":"v1",
                 "answers":{"age":38,"stopLoss":"PRESET_STOP"},
                 "capacity":{"score":69,"band":"MEDIUM_HIGH","breakdown":{"age":37}},
                 "attitude":{"score":56,"band":"MEDIUM","breakdown":{"stopLoss":10}},
                 "allocation":{"lowRisk":0,"mediumRisk":40,"highRisk":60},
                 "consistency":{"rulesVersion":"v1","level":"AMBER","findings":[{"code":"X","severity":"AMBER",
                   "questions":["age","stopLoss"],"message":{"zh":"中","en":"en"}}]},
                 "completedAt":"2026-03-01T02:00:00.123Z","validUntil":"2027-03-01T02:00:00.123Z",
                 "riskCategory":"C3","lowestCategory":false,"rescoredFrom":null}""");
    }

    @Test
    void facetsRecorded() throws Exception {
        lock(new HouseholdRecorded("C1", new Household(MaritalStatus.MARRIED, 38, 4, false, false),
                LifeCycleStage.FULL_NEST_I, LifePhase.ESTABLISHMENT, T), "profiling.client.household-recorded.v1", """
                {"clientId":"C1","household":{"maritalStatus":"MARRIED","age":38,"youngestChildAge":4,
                 "childrenIndependent":false,"retired":false},"lifeCycleStage":"FULL_NEST_I",
                 "lifePhase":"ESTABLISHMENT","recordedAt":"2026-03-01T02:00:00.123Z"}""");
        lock(new SocialBackgroundRecorded("C1", SocialBackground.PROFESSIONAL, T),
                "profiling.client.social-background-recorded.v1",
                "{\"clientId\":\"C1\",\"background\":\"PROFESSIONAL\",\"recordedAt\":\"2026-03-01T02:00:00.123Z\"}");
        lock(new PersonalityRecorded("C1", Personality.PEACEFUL, T), "profiling.client.personality-recorded.v1",
                "{\"clientId\":\"C1\",\"personality\":\"PEACEFUL\",\"recordedAt\":\"2026-03-01T02:00:00.123Z\"}");
        lock(new InvestorAttitudeRecorded("C1", InvestorAttitude.EASYGOING, T),
                "profiling.client.investor-attitude-recorded.v1",
                "{\"clientId\":\"C1\",\"group\":\"EASYGOING\",\"recordedAt\":\"2026-03-01T02:00:00.123Z\"}");
    }

    @Test
    void serviceSurveyCompleted() throws Exception {
        lock(new ServiceSurveyCompleted(ID, "C1", "v1", Map.of("T1", new Rating(7, 5)),
                Map.of(Dimension.TANGIBLES, new BigDecimal("-2.00")), new BigDecimal("-0.09"), T),
                "profiling.client.service-survey-completed.v1", """
                {"surveyId":"0b6f3f0e-5d0e-4a8e-9a51-6c3c1d1f2a77","clientId":"C1","surveyVersion":"v1",
                 "ratings":{"T1":{"expectation":7,"perception":5}},"dimensionGaps":{"TANGIBLES":-2.00},
                 "overallGap":-0.09,"completedAt":"2026-03-01T02:00:00.123Z"}""");
    }

    @Test
    void serviceNeedsRecorded() throws Exception {
        ServiceNeeds needs = new ServiceNeeds(List.of(EmotionalNeed.RESPECT), InformationStyle.PASSIVE,
                DecisionStyle.SELF, Horizon.LONG, Orientation.VALUE, List.of(new ServiceNeeds.ReminderPreference(
                ReminderContent.STRATEGY, ContactChannel.WECHAT, Frequency.WEEKLY)),
                new ServiceNeeds.Consultation(List.of("资产配置"), ContactChannel.VISIT, "adv-1"),
                Map.of(RequirementLevel.MUST, List.of(Requirement.FUND_SAFETY)), Personality.PERFECT,
                InvestorAttitude.STEADY);
        lock(new ServiceNeedsRecorded("C1", needs, Personality.POWERFUL, InvestorAttitude.CAREER, T),
                "profiling.client.service-needs-recorded.v1", """
                {"clientId":"C1","needs":{"emotionalNeeds":["RESPECT"],"informationStyle":"PASSIVE",
                 "decisionStyle":"SELF","horizon":"LONG","orientation":"VALUE",
                 "reminders":[{"content":"STRATEGY","channel":"WECHAT","frequency":"WEEKLY"}],
                 "consultation":{"topics":["资产配置"],"channel":"VISIT","advisorId":"adv-1"},
                 "requirements":{"MUST":["FUND_SAFETY"],"EXPECTED":[],"DELIGHT":[]},
                 "secondaryPersonality":"PERFECT","secondaryInvestorAttitude":"STEADY"},
                 "personality":"POWERFUL","investorAttitude":"CAREER","recordedAt":"2026-03-01T02:00:00.123Z"}""");
    }

    private static void lock(ClientEvent event, String type, String json) throws Exception {
        assertEquals(type, CODEC.typeOf(event));
        String written = CODEC.toJson(event);
        assertEquals(JSON.readTree(json), JSON.readTree(written));
        assertEquals(event, CODEC.fromJson(type, written), "reads back equal");
    }
}

package dev.kehu.profiling.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventType;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.testsupport.decider.DeciderScenario;
import dev.kehu.profiling.assessment.Fixtures;
import dev.kehu.profiling.domain.client.ClientCommand.AssessRisk;
import dev.kehu.profiling.domain.client.ClientCommand.CompleteServiceSurvey;
import dev.kehu.profiling.domain.client.ClientCommand.RecordHousehold;
import dev.kehu.profiling.domain.client.ClientCommand.RecordPersonality;
import dev.kehu.profiling.domain.client.ClientCommand.RecordServiceNeeds;
import dev.kehu.profiling.domain.client.ClientEvent.InvestorAttitudeRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceNeedsRecorded;
import dev.kehu.profiling.domain.needs.ContactChannel;
import dev.kehu.profiling.domain.needs.DecisionStyle;
import dev.kehu.profiling.domain.needs.EmotionalNeed;
import dev.kehu.profiling.domain.needs.Frequency;
import dev.kehu.profiling.domain.needs.InformationStyle;
import dev.kehu.profiling.domain.needs.NeedsRejected;
import dev.kehu.profiling.domain.needs.Orientation;
import dev.kehu.profiling.domain.needs.ReminderContent;
import dev.kehu.profiling.domain.needs.Requirement;
import dev.kehu.profiling.domain.needs.RequirementLevel;
import dev.kehu.profiling.domain.needs.ServiceNeeds;
import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.profile.InvestorAttitude;
import dev.kehu.profiling.domain.client.ClientEvent.HouseholdRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.PersonalityRecorded;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientEvent.ServiceSurveyCompleted;
import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.domain.profile.Facets;
import dev.kehu.profiling.domain.profile.Household;
import dev.kehu.profiling.domain.profile.LifeCycleStage;
import dev.kehu.profiling.domain.profile.LifePhase;
import dev.kehu.profiling.domain.profile.MaritalStatus;
import dev.kehu.profiling.domain.profile.Personality;
import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.ConsistencyLevel;
import dev.kehu.profiling.domain.survey.Dimension;
import dev.kehu.profiling.domain.survey.Rating;
import dev.kehu.profiling.domain.survey.Servqual;

class ClientDeciderTest {

    static final String CLIENT = "C1";
    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Facets FACETS = DataFiles.builtIn("facets", "v1", Facets.class).check();
    static final Servqual SERVQUAL = DataFiles.builtIn("servqual", "v1", Servqual.class).check();

    static final ClientDecider DECIDER = ClientDecider.INSTANCE;
    static final DeciderScenario<ClientProfile, ClientCommand, ClientEvent> CLIENT_STREAM =
            DeciderScenario.of(DECIDER::initialState, DECIDER::evolve, DECIDER::decide);

    static AssessRisk assess(Map<String, Object> answers, Instant now) {
        return new AssessRisk(CLIENT, UUID.randomUUID(), Fixtures.V1, Fixtures.RULES, Fixtures.CATEGORIES,
                Fixtures.answers(answers), 12,
                SHANGHAI, now);
    }

    @Test
    void givenNewClient_whenRiskAssessed_thenScoresBandsAllocationAndValidityAreRecorded() {
        var then = CLIENT_STREAM.when(assess(Fixtures.typical(), NOW));
        RiskAssessed e = then.thenFirst(RiskAssessed.class);
        assertEquals(1, then.events().size());
        assertEquals("v1", e.questionnaireVersion());
        assertEquals(69, e.capacity().score());
        assertEquals(Band.MEDIUM, e.attitude().band());
        assertEquals(60, e.allocation().highRisk());
        assertEquals(ConsistencyLevel.GREEN, e.consistency().level());
        assertEquals(Instant.parse("2027-03-01T02:00:00Z"), e.validUntil());
        assertEquals(NOW, e.completedAt());
    }

    @Test
    void givenAnAssessment_whenReassessed_thenTheLatestReplacesItAndBothCount() {
        RiskAssessed first = CLIENT_STREAM.when(assess(Fixtures.typical(), NOW)).thenFirst(RiskAssessed.class);
        Map<String, Object> changed = new HashMap<>(Fixtures.typical());
        changed.put("maxLossPercent", 25);
        changed.put("lossReaction", "SLEEPLESS");
        var then = CLIENT_STREAM.given(first).when(assess(changed, NOW.plusSeconds(60)));
        RiskAssessed second = then.thenFirst(RiskAssessed.class);
        ClientProfile after = then.state();
        assertEquals(2, after.assessmentCount());
        assertEquals(2, after.version());
        assertEquals(second, after.latestAssessment());
        assertEquals(ConsistencyLevel.RED, second.consistency().level());
    }

    @Test
    void givenNoHousehold_whenRecorded_thenStageAndPhaseAreDerived() {
        Household h = new Household(MaritalStatus.MARRIED, 38, 4, false, false);
        CLIENT_STREAM.when(new RecordHousehold(CLIENT, h, FACETS, NOW))
                .then(new HouseholdRecorded(CLIENT, h, LifeCycleStage.FULL_NEST_I, LifePhase.ESTABLISHMENT, NOW));
    }

    @Test
    void givenTheSameHousehold_whenRecordedAgain_thenNothingIsRecorded() {
        Household h = new Household(MaritalStatus.SINGLE, 24, null, false, false);
        CLIENT_STREAM.given(new HouseholdRecorded(CLIENT, h, LifeCycleStage.SINGLE, LifePhase.GROWTH, NOW))
                .when(new RecordHousehold(CLIENT, h, FACETS, NOW.plusSeconds(5)))
                .thenNothing();
    }

    @Test
    void givenAPersonality_whenADifferentOneIsRecorded_thenItReplacesIt() {
        var powerful = CLIENT_STREAM.given(new PersonalityRecorded(CLIENT, Personality.POWERFUL, NOW));
        powerful.when(new RecordPersonality(CLIENT, Personality.POWERFUL, NOW)).thenNothing();
        powerful.when(new RecordPersonality(CLIENT, Personality.PERFECT, NOW))
                .thenState(s -> assertEquals(Personality.PERFECT, s.personality().personality()));
    }

    @Test
    void givenAClient_whenSurveyCompleted_thenGapsAreRecorded() {
        Map<String, Rating> ratings = new HashMap<>();
        SERVQUAL.items().forEach(i -> ratings.put(i.id(), new Rating(6, i.dimension() == Dimension.EMPATHY ? 3 : 6)));
        var then = CLIENT_STREAM.when(new CompleteServiceSurvey(CLIENT, UUID.randomUUID(), SERVQUAL, ratings, NOW));
        ServiceSurveyCompleted e = then.thenFirst(ServiceSurveyCompleted.class);
        assertEquals(new BigDecimal("-3.00"), e.dimensionGaps().get(Dimension.EMPATHY));
        assertEquals(new BigDecimal("0.00"), e.dimensionGaps().get(Dimension.TANGIBLES));
        assertEquals(new BigDecimal("-0.55"), e.overallGap());
        assertTrue(then.state().exists());
    }

    @Test
    void givenStoredEvents_whenFolded_thenEachFacetRemembersWhoRecordedIt() {
        ClientEvent assessed = CLIENT_STREAM.when(assess(Fixtures.typical(), NOW)).thenFirst(RiskAssessed.class);
        ClientEvent personality = new PersonalityRecorded(CLIENT, Personality.POWERFUL, NOW.plusSeconds(60));
        ClientProfile folded = DECIDER.fold(List.of(
                stored(1, assessed, new EventMetadata("corr-1", null, "alice", "advisor")),
                stored(2, personality, new EventMetadata("corr-2", null, "C1", "client"))));
        assertEquals(2, folded.version());
        assertEquals(new RecordedBy("alice", "advisor"), folded.recordedBy(ClientProfile.ASSESSMENT));
        assertEquals(new RecordedBy("C1", "client"), folded.recordedBy(ClientProfile.PERSONALITY));
        assertEquals(null, folded.recordedBy(ClientProfile.HOUSEHOLD));
        assertEquals(null, CLIENT_STREAM.given(personality).when(new RecordPersonality(CLIENT, Personality.POWERFUL,
                NOW)).state().recordedBy(ClientProfile.PERSONALITY),
                "a freshly decided event has no metadata yet");
    }

    private static StoredEvent stored(long version, ClientEvent e, EventMetadata metadata) {
        return new StoredEvent(version, ClientDecider.streamId(CLIENT), version, UUID.randomUUID(),
                EventType.Of.name(e.getClass()), e, metadata, NOW);
    }

    // docs/domain.md#service-needs

    static ServiceNeeds needs(Personality secondary, InvestorAttitude secondaryGroup) {
        return new ServiceNeeds(List.of(EmotionalNeed.RESPECT), InformationStyle.PASSIVE, DecisionStyle.SELF,
                Horizon.LONG, Orientation.VALUE, List.of(new ServiceNeeds.ReminderPreference(ReminderContent.STRATEGY,
                ContactChannel.WECHAT, Frequency.WEEKLY)), null, Map.of(RequirementLevel.MUST,
                List.of(Requirement.FUND_SAFETY)), secondary, secondaryGroup);
    }

    static RecordServiceNeeds recordNeeds(ServiceNeeds n, Instant now) {
        return new RecordServiceNeeds(CLIENT, n, now);
    }

    @Test
    void givenAPrimaryPersonality_whenNeedsWithAnotherSecondary_thenRecordedWithThePrimary() {
        ServiceNeedsRecorded e = CLIENT_STREAM.given(new PersonalityRecorded(CLIENT, Personality.POWERFUL, NOW))
                .when(recordNeeds(needs(Personality.PERFECT, null), NOW.plusSeconds(1)))
                .thenFirst(ServiceNeedsRecorded.class);
        assertEquals(Personality.POWERFUL, e.personality(), "the blend C+M: POWERFUL plus PERFECT");
        assertEquals(Personality.PERFECT, e.needs().secondaryPersonality());
        assertEquals(List.of(), e.needs().requirements().get(RequirementLevel.EXPECTED), "every level present");
    }

    @Test
    void givenAPrimaryPersonality_whenTheSecondaryIsTheSame_thenRefusedNamingTheField() {
        NeedsRejected r = CLIENT_STREAM.given(new PersonalityRecorded(CLIENT, Personality.POWERFUL, NOW))
                .when(recordNeeds(needs(Personality.POWERFUL, null), NOW)).thenRefused(NeedsRejected.class);
        assertEquals("secondaryPersonality", r.field());
    }

    @Test
    void givenNoPrimary_whenASecondaryIsGiven_thenRefusedNamingTheField() {
        assertEquals("secondaryPersonality", CLIENT_STREAM.when(recordNeeds(needs(Personality.PERFECT, null), NOW))
                .thenRefused(NeedsRejected.class).field());
        assertEquals("secondaryInvestorAttitude", CLIENT_STREAM.given(new InvestorAttitudeRecorded(CLIENT,
                InvestorAttitude.CAREER, NOW)).when(recordNeeds(needs(null, InvestorAttitude.CAREER), NOW))
                .thenRefused(NeedsRejected.class).field());
    }

    @Test
    void givenNeeds_whenTheSameAreRecordedAgain_thenNothingIsRecordedUnlessThePrimaryChanged() {
        ServiceNeedsRecorded first = new ServiceNeedsRecorded(CLIENT, needs(null, null), null, null, NOW);
        CLIENT_STREAM.given(first).when(recordNeeds(needs(null, null), NOW.plusSeconds(60))).thenNothing();
        CLIENT_STREAM.given(first, new PersonalityRecorded(CLIENT, Personality.PEACEFUL, NOW.plusSeconds(30)))
                .when(recordNeeds(needs(null, null), NOW.plusSeconds(60)))
                .thenState(p -> assertEquals(Personality.PEACEFUL, p.serviceNeeds().personality()));
    }
}

package dev.kehu.profiling.client;

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

import dev.kehu.profiling.assessment.Fixtures;
import dev.kehu.profiling.client.ClientCommand.AssessRisk;
import dev.kehu.profiling.client.ClientCommand.CompleteServiceSurvey;
import dev.kehu.profiling.client.ClientCommand.RecordHousehold;
import dev.kehu.profiling.client.ClientCommand.RecordPersonality;
import dev.kehu.profiling.client.ClientEvent.HouseholdRecorded;
import dev.kehu.profiling.client.ClientEvent.PersonalityRecorded;
import dev.kehu.profiling.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.client.ClientEvent.ServiceSurveyCompleted;
import dev.kehu.profiling.common.DataFiles;
import dev.kehu.profiling.profile.Facets;
import dev.kehu.profiling.profile.Household;
import dev.kehu.profiling.profile.LifeCycleStage;
import dev.kehu.profiling.profile.LifePhase;
import dev.kehu.profiling.profile.MaritalStatus;
import dev.kehu.profiling.profile.Personality;
import dev.kehu.profiling.questionnaire.Band;
import dev.kehu.profiling.questionnaire.ConsistencyLevel;
import dev.kehu.profiling.survey.Dimension;
import dev.kehu.profiling.survey.Rating;
import dev.kehu.profiling.survey.Servqual;

class ClientDeciderTest {

    static final String CLIENT = "C1";
    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Facets FACETS = DataFiles.builtIn("facets", "v1", Facets.class).check();
    static final Servqual SERVQUAL = DataFiles.builtIn("servqual", "v1", Servqual.class).check();

    static ClientProfile given(ClientEvent... events) {
        return ClientProfile.fold(List.of(events));
    }

    static AssessRisk assess(Map<String, Object> answers, Instant now) {
        return new AssessRisk(CLIENT, UUID.randomUUID(), Fixtures.V1, Fixtures.RULES, Fixtures.answers(answers), 12,
                SHANGHAI, now);
    }

    @Test
    void givenNewClient_whenRiskAssessed_thenScoresBandsAllocationAndValidityAreRecorded() {
        List<ClientEvent> events = ClientDecider.decide(assess(Fixtures.typical(), NOW), given());
        RiskAssessed e = (RiskAssessed) events.get(0);
        assertEquals(1, events.size());
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
        ClientProfile state = given(ClientDecider.decide(assess(Fixtures.typical(), NOW), given()).get(0));
        Map<String, Object> changed = new HashMap<>(Fixtures.typical());
        changed.put("maxLossPercent", 25);
        changed.put("lossReaction", "SLEEPLESS");
        RiskAssessed second = (RiskAssessed) ClientDecider.decide(assess(changed, NOW.plusSeconds(60)), state).get(0);
        ClientProfile after = ClientProfile.evolve(state, second);
        assertEquals(2, after.assessmentCount());
        assertEquals(2, after.version());
        assertEquals(second, after.latestAssessment());
        assertEquals(ConsistencyLevel.RED, second.consistency().level());
    }

    @Test
    void givenNoHousehold_whenRecorded_thenStageAndPhaseAreDerived() {
        Household h = new Household(MaritalStatus.MARRIED, 38, 4, false, false);
        List<ClientEvent> events = ClientDecider.decide(new RecordHousehold(CLIENT, h, FACETS, NOW), given());
        assertEquals(List.of(new HouseholdRecorded(CLIENT, h, LifeCycleStage.FULL_NEST_I, LifePhase.ESTABLISHMENT, NOW)),
                events);
    }

    @Test
    void givenTheSameHousehold_whenRecordedAgain_thenNothingIsRecorded() {
        Household h = new Household(MaritalStatus.SINGLE, 24, null, false, false);
        ClientProfile state = given(new HouseholdRecorded(CLIENT, h, LifeCycleStage.SINGLE, LifePhase.GROWTH, NOW));
        assertEquals(List.of(), ClientDecider.decide(new RecordHousehold(CLIENT, h, FACETS, NOW.plusSeconds(5)), state));
    }

    @Test
    void givenAPersonality_whenADifferentOneIsRecorded_thenItReplacesIt() {
        ClientProfile state = given(new PersonalityRecorded(CLIENT, Personality.POWERFUL, NOW));
        assertEquals(List.of(), ClientDecider.decide(new RecordPersonality(CLIENT, Personality.POWERFUL, NOW), state));
        List<ClientEvent> events = ClientDecider.decide(new RecordPersonality(CLIENT, Personality.PERFECT, NOW), state);
        assertEquals(Personality.PERFECT, ClientProfile.evolve(state, events.get(0)).personality().personality());
    }

    @Test
    void givenAClient_whenSurveyCompleted_thenGapsAreRecorded() {
        Map<String, Rating> ratings = new HashMap<>();
        SERVQUAL.items().forEach(i -> ratings.put(i.id(), new Rating(6, i.dimension() == Dimension.EMPATHY ? 3 : 6)));
        ServiceSurveyCompleted e = (ServiceSurveyCompleted) ClientDecider.decide(
                new CompleteServiceSurvey(CLIENT, UUID.randomUUID(), SERVQUAL, ratings, NOW), given()).get(0);
        assertEquals(new BigDecimal("-3.00"), e.dimensionGaps().get(Dimension.EMPATHY));
        assertEquals(new BigDecimal("0.00"), e.dimensionGaps().get(Dimension.TANGIBLES));
        assertEquals(new BigDecimal("-0.55"), e.overallGap());
        assertTrue(ClientProfile.evolve(given(), e).exists());
    }
}

package dev.kehu.profiling.assessment;

import static dev.kehu.profiling.assessment.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.profiling.domain.assessment.PartScore;
import dev.kehu.profiling.domain.assessment.RiskScore;
import dev.kehu.profiling.domain.assessment.RiskScorer;
import dev.kehu.profiling.domain.questionnaire.Allocation;
import dev.kehu.profiling.domain.questionnaire.Band;

class RiskScorerTest {

    @Test
    void typicalAnswersScoreCapacityAndAttitudeWithABreakdown() {
        RiskScore s = RiskScorer.score(V1, Fixtures.answers(Fixtures.typical()));
        assertEquals(new PartScore(69, Band.MEDIUM_HIGH, Map.of("age", 37, "employment", 10, "familyBurden", 6,
                "housing", 6, "investmentExperience", 6, "investmentKnowledge", 4)), s.capacity());
        assertEquals(new PartScore(56, Band.MEDIUM, Map.of("maxLossPercent", 24, "investmentPriority", 4,
                "stopLoss", 8, "lossReaction", 6, "marketWatching", 6, "performanceControl", 8)), s.attitude());
        assertEquals(new Allocation(0, 40, 60), s.allocation());
    }

    @ParameterizedTest(name = "age {0}, loss {1}%, all options {2} points → {3}/{4} = {5}")
    @CsvSource({
            "18, 100, 10, 100, 100, 0/10/90",
            "25, 25, 10, 100, 100, 0/10/90",
            "120, 0, 2, 10, 10, 70/20/10",
            "75, 0, 2, 10, 10, 70/20/10",
            "66, 4, 2, 19, 18, 70/20/10",
            "65, 5, 2, 20, 20, 40/40/20",
            "55, 10, 4, 40, 40, 0/50/50",
            "56, 9, 4, 39, 38, 40/40/20",
            "45, 20, 6, 60, 70, 0/30/70",
            "46, 19, 6, 59, 68, 0/40/60",
            "40, 15, 10, 85, 80, 0/10/90",
            "46, 15, 10, 79, 80, 0/20/80"})
    void totalsBandAndLookUpTheGrid(int age, int loss, int optionPoints, int capacity, int attitude,
                                    String allocation) {
        Map<String, Object> a = Fixtures.typical();
        a.put("age", age);
        a.put("maxLossPercent", loss);
        V1.questions().stream().filter(q -> !q.options().isEmpty()).forEach(q -> a.put(q.id(),
                q.options().stream().filter(o -> o.points() == optionPoints).findFirst().orElseThrow().code()));
        RiskScore s = RiskScorer.score(V1, Fixtures.answers(a));
        assertEquals(capacity, s.capacity().score());
        assertEquals(attitude, s.attitude().score());
        Allocation al = s.allocation();
        assertEquals(allocation, al.lowRisk() + "/" + al.mediumRisk() + "/" + al.highRisk());
    }
}

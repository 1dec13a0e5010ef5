package dev.kehu.profiling.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.domain.questionnaire.Allocation;
import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.ConsistencyLevel;
import dev.kehu.profiling.domain.questionnaire.ConsistencyRules;
import dev.kehu.profiling.domain.questionnaire.Part;
import dev.kehu.profiling.domain.questionnaire.Question;
import dev.kehu.profiling.domain.questionnaire.QuestionType;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;

/** Pins risk-v1.json to docs/domain.md#allocation-grid: every point value, band boundary, cap and grid cell. */
class RiskQuestionnaireTest {

    static final Questionnaire V1 = DataFiles.builtIn("risk", "v1", Questionnaire.class).check();

    @ParameterizedTest(name = "{0} = {1} scores {2}")
    @CsvSource({
            "employment, STABLE_INCOME, 10", "employment, ORDINARY_INCOME, 8", "employment, COMMISSION_INCOME, 6",
            "employment, SELF_EMPLOYED, 4", "employment, UNEMPLOYED, 2",
            "familyBurden, SINGLE, 10", "familyBurden, DUAL_INCOME_NO_CHILDREN, 8",
            "familyBurden, DUAL_INCOME_WITH_CHILDREN, 6", "familyBurden, SINGLE_INCOME_WITH_CHILDREN, 4",
            "familyBurden, SINGLE_INCOME_THREE_GENERATIONS, 2",
            "housing, INVESTMENT_PROPERTY, 10", "housing, OWN_HOME_NO_MORTGAGE, 8", "housing, MORTGAGE_UNDER_HALF, 6",
            "housing, MORTGAGE_OVER_HALF, 4", "housing, RENTING, 2",
            "investmentExperience, OVER_10_YEARS, 10", "investmentExperience, YEARS_6_TO_10, 8",
            "investmentExperience, YEARS_2_TO_5, 6", "investmentExperience, ONE_YEAR_PLUS, 4",
            "investmentExperience, UNDER_ONE_YEAR, 2",
            "investmentKnowledge, PROFESSIONAL, 10", "investmentKnowledge, FINANCE_DEGREE, 8",
            "investmentKnowledge, SKILLED_TRADER, 6", "investmentKnowledge, AVERAGE, 4", "investmentKnowledge, NOVICE, 2",
            "investmentPriority, SPREAD_GAINS, 10", "investmentPriority, SWING_TRADING, 8",
            "investmentPriority, DIVIDENDS, 6", "investmentPriority, BEAT_INFLATION, 4",
            "investmentPriority, CAPITAL_PRESERVATION, 2",
            "stopLoss, PRESET_STOP, 10", "stopLoss, EXECUTES_STOP, 8", "stopLoss, PARTIAL_STOP, 6",
            "stopLoss, HOLDS_LOSERS, 4", "stopLoss, AVERAGES_DOWN, 2",
            "lossReaction, TREAT_AS_LESSON, 10", "lossReaction, CALM, 8", "lossReaction, AFFECTS_MOOD, 6",
            "lossReaction, HARD_TO_ACCEPT, 4", "lossReaction, SLEEPLESS, 2",
            "marketWatching, OCCASIONALLY, 10", "marketWatching, MONTHLY, 8", "marketWatching, WEEKLY, 6",
            "marketWatching, CLOSE_ONLY, 4", "marketWatching, CONSTANTLY, 2",
            "performanceControl, FULL_CONTROL, 10", "performanceControl, PARTIAL_CONTROL, 8",
            "performanceControl, RELIES_ON_EXPERTS, 6", "performanceControl, RELIES_ON_LUCK, 4",
            "performanceControl, NO_LUCK, 2"})
    void everyOptionScoresItsSpecPoints(String questionId, String code, int points) {
        assertEquals(points, V1.question(questionId).orElseThrow().points(code));
    }

    @Test
    void eachChoiceQuestionHasExactlyItsFiveOptions() {
        V1.questions().stream().filter(q -> q.type() == QuestionType.CHOICE)
                .forEach(q -> assertEquals(5, q.options().size(), q.id()));
    }

    @Test
    void questionsSplitIntoCapacityAndAttitudeAsInSpec() {
        assertEquals(List.of("age", "employment", "familyBurden", "housing", "investmentExperience",
                "investmentKnowledge"), V1.questions().stream().filter(q -> q.part() == Part.CAPACITY)
                .map(Question::id).toList());
        assertEquals(List.of("maxLossPercent", "investmentPriority", "stopLoss", "lossReaction", "marketWatching",
                "performanceControl"), V1.questions().stream().filter(q -> q.part() == Part.ATTITUDE)
                .map(Question::id).toList());
    }

    @ParameterizedTest(name = "age {0} scores {1}")
    @CsvSource({"18, 50", "20, 50", "25, 50", "26, 49", "30, 45", "38, 37", "45, 30", "55, 20", "65, 10", "74, 1",
            "75, 0", "80, 0", "120, 0"})
    void ageScoresSeventyFiveMinusAgeWithinZeroToFifty(int age, int points) {
        assertEquals(points, V1.question("age").orElseThrow().points(age));
    }

    @ParameterizedTest(name = "loss {0}% scores {1}")
    @CsvSource({"0, 0", "1, 2", "2, 4", "10, 20", "12, 24", "24, 48", "25, 50", "26, 50", "30, 50", "100, 50"})
    void lossScoresTwicePercentCappedAtFifty(int percent, int points) {
        assertEquals(points, V1.question("maxLossPercent").orElseThrow().points(percent));
    }

    @Test
    void numberQuestionsHaveTheSpecRanges() {
        Question age = V1.question("age").orElseThrow();
        Question loss = V1.question("maxLossPercent").orElseThrow();
        assertEquals(List.of(18, 120, 0, 100), List.of(age.min(), age.max(), loss.min(), loss.max()));
    }

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"0, LOW", "10, LOW", "19, LOW", "20, MEDIUM_LOW", "39, MEDIUM_LOW", "40, MEDIUM", "59, MEDIUM",
            "60, MEDIUM_HIGH", "79, MEDIUM_HIGH", "80, HIGH", "100, HIGH"})
    void bandsCutAtTwentyFortySixtyEighty(int score, Band band) {
        assertEquals(band, V1.band(score));
    }

    @ParameterizedTest(name = "attitude {0} × capacity {1} = {2}/{3}/{4}")
    @CsvSource({
            "LOW, LOW, 70, 20, 10", "LOW, MEDIUM_LOW, 50, 40, 10", "LOW, MEDIUM, 40, 40, 20",
            "LOW, MEDIUM_HIGH, 20, 50, 30", "LOW, HIGH, 0, 50, 50",
            "MEDIUM_LOW, LOW, 50, 40, 10", "MEDIUM_LOW, MEDIUM_LOW, 40, 40, 20", "MEDIUM_LOW, MEDIUM, 20, 50, 30",
            "MEDIUM_LOW, MEDIUM_HIGH, 0, 50, 50", "MEDIUM_LOW, HIGH, 0, 40, 60",
            "MEDIUM, LOW, 40, 40, 20", "MEDIUM, MEDIUM_LOW, 20, 50, 30", "MEDIUM, MEDIUM, 0, 50, 50",
            "MEDIUM, MEDIUM_HIGH, 0, 40, 60", "MEDIUM, HIGH, 0, 30, 70",
            "MEDIUM_HIGH, LOW, 20, 50, 30", "MEDIUM_HIGH, MEDIUM_LOW, 0, 50, 50", "MEDIUM_HIGH, MEDIUM, 0, 40, 60",
            "MEDIUM_HIGH, MEDIUM_HIGH, 0, 30, 70", "MEDIUM_HIGH, HIGH, 0, 20, 80",
            "HIGH, LOW, 0, 50, 50", "HIGH, MEDIUM_LOW, 0, 40, 60", "HIGH, MEDIUM, 0, 30, 70",
            "HIGH, MEDIUM_HIGH, 0, 20, 80", "HIGH, HIGH, 0, 10, 90"})
    void allocationGridMatchesSpec(Band attitude, Band capacity, int low, int medium, int high) {
        assertEquals(new Allocation(low, medium, high), V1.allocation(attitude, capacity));
    }

    @Test
    void anIncoherentVersionIsRefusedAtLoad() {
        Questionnaire missingBand = new Questionnaire("broken", V1.title(), V1.questions(), V1.bands().subList(0, 4),
                V1.allocationGrid());
        IllegalStateException e = assertThrows(IllegalStateException.class, missingBand::check);
        assertEquals(true, e.getMessage().contains("bands must cover every band"));
    }

    @Test
    void consistencyRulesNameOnlyQuestionsAndOptionsOfTheQuestionnaire() {
        ConsistencyRules rules = DataFiles.builtIn("consistency-rules", "v1", ConsistencyRules.class).checkAgainst(V1);
        assertEquals("v1", rules.version());
        ConsistencyRules wrong = new ConsistencyRules("x", List.of(new ConsistencyRules.Rule("R", ConsistencyLevel.RED,
                List.of(new ConsistencyRules.Condition("stopLoss", List.of("NO_SUCH"), null, null)), null)));
        assertThrows(IllegalStateException.class, () -> wrong.checkAgainst(V1));
    }
}

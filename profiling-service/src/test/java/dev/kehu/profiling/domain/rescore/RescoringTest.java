package dev.kehu.profiling.domain.rescore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.profiling.assessment.Fixtures;
import dev.kehu.profiling.domain.assessment.RiskScorer;
import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;

/** Which answers a version can re-score, and what the shipped v2 changes. */
class RescoringTest {

    static final Questionnaire V2 = DataFiles.builtIn("risk", "v2", Questionnaire.class).check();
    static final Questionnaire V3 = DataFiles.builtIn("risk", "v3", Questionnaire.class).check();

    /** {@code value} is the answer put in place of the typical one ("absent" removes it). */
    @ParameterizedTest(name = "{0} = {1} → covers v2: {2}")
    @CsvSource({"age, 38, true", "age, absent, false", "age, 17, false", "employment, MILLIONAIRE, false",
            "shoeSize, 42, true", "maxLossPercent, 101, false"})
    void answersCoverAVersionOnlyWhenEveryQuestionIsValidlyAnswered(String question, String value, boolean covers) {
        Map<String, Object> answers = Fixtures.typical();
        if (value.equals("absent")) {
            answers.remove(question);
        } else {
            answers.put(question, value.matches("\\d+") ? (Object) Integer.valueOf(value) : value);
        }
        assertEquals(covers, Rescoring.covering(V2, answers).isPresent());
        Rescoring.covering(V2, answers).ifPresent(a -> assertTrue(a.values().keySet().stream()
                .allMatch(id -> V2.question(id).isPresent()), "only v2's questions are kept"));
    }

    @ParameterizedTest(name = "typical answers under {0}: attitude band {1}")
    @CsvSource({"v1, MEDIUM", "v2, MEDIUM_HIGH"})
    void v2MovesTheMediumHighCutOffFrom60To55(String version, Band attitude) {
        Questionnaire q = version.equals("v1") ? Fixtures.V1 : V2;
        assertEquals(attitude, RiskScorer.score(q, Rescoring.covering(q, Fixtures.typical()).orElseThrow())
                .attitude().band());
    }

    @ParameterizedTest(name = "v3 asks {0}, which v1 answers never cover")
    @CsvSource({"investmentHorizon"})
    void aNewQuestionMeansReassessment(String question) {
        assertTrue(V3.question(question).isPresent());
        assertEquals(false, Rescoring.covering(V3, Fixtures.typical()).isPresent());
    }
}

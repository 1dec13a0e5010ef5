package dev.kehu.profiling.assessment;

import static dev.kehu.profiling.assessment.Fixtures.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.eventstore.problem.FieldError;

class AnswerValidatorTest {

    @Test
    void completeAnswersPassWithNumbersAndCodes() {
        AnswerValidator.Result r = AnswerValidator.validate(V1, Fixtures.raw(Fixtures.typical()));
        assertTrue(r.valid());
        assertEquals(38, r.answers().get("age"));
        assertEquals("STABLE_INCOME", r.answers().get("employment"));
    }

    /** {@code value} is JSON; "absent" removes the answer. */
    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource(delimiter = '|', value = {
            "age | absent", "age | null", "age | 17", "age | 121", "age | 38.5", "age | '\"38\"'", "age | true",
            "maxLossPercent | -1", "maxLossPercent | 101", "maxLossPercent | 12.0", "maxLossPercent | 99999999999",
            "employment | '\"RICH\"'", "employment | 10", "employment | '\"stable_income\"'", "lossReaction | absent",
            "stopLoss | '{}'", "performanceControl | '[\"FULL_CONTROL\"]'"})
    void aBadAnswerIsNamedAsItsField(String question, String value) throws Exception {
        Map<String, JsonNode> raw = Fixtures.raw(Fixtures.typical());
        if (value.equals("absent")) {
            raw.remove(question);
        } else {
            raw.put(question, Fixtures.JSON.readTree(value));
        }
        AnswerValidator.Result r = AnswerValidator.validate(V1, raw);
        assertEquals(List.of("answers." + question), r.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void anUnknownQuestionIsRefused() {
        Map<String, JsonNode> raw = Fixtures.raw(Fixtures.typical());
        raw.put("favouriteColour", Fixtures.JSON.getNodeFactory().textNode("RED"));
        assertEquals(List.of("answers.favouriteColour"), AnswerValidator.validate(V1, raw).errors().stream()
                .map(FieldError::field).toList());
    }

    @Test
    void everyBadAnswerIsReportedAtOnce() {
        Map<String, JsonNode> raw = Fixtures.raw(Map.of("age", 5, "employment", "NOPE"));
        List<String> fields = AnswerValidator.validate(V1, raw).errors().stream().map(FieldError::field).toList();
        assertEquals(12, fields.size());
        assertTrue(fields.containsAll(List.of("answers.age", "answers.employment", "answers.performanceControl")));
    }

    @Test
    void missingAnswersObjectIsNamed() {
        assertEquals("answers", AnswerValidator.validate(V1, null).errors().get(0).field());
    }
}

package dev.kehu.profiling.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.profiling.domain.assessment.Answers;
import dev.kehu.profiling.domain.questionnaire.Option;
import dev.kehu.profiling.domain.questionnaire.Question;
import dev.kehu.profiling.domain.questionnaire.QuestionType;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;

/**
 * Checks raw answers against a questionnaire and names every bad one as {@code answers.<questionId>}:
 * missing, of the wrong kind, out of range, an unknown option, or a question the version does not ask.
 */
public final class AnswerValidator {

    private AnswerValidator() {
    }

    /** Either answers or the reasons there are none. */
    public record Result(Answers answers, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Result validate(Questionnaire questionnaire, Map<String, JsonNode> raw) {
        if (raw == null) {
            return new Result(null, List.of(new FieldError("answers", "required: an object of questionId → answer")));
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        for (Question q : questionnaire.questions()) {
            String field = "answers." + q.id();
            JsonNode node = raw.get(q.id());
            if (node == null || node.isNull()) {
                errors.add(new FieldError(field, "required"));
            } else if (q.type() == QuestionType.NUMBER) {
                number(q, node, field, errors, values);
            } else {
                choice(q, node, field, errors, values);
            }
        }
        raw.keySet().stream().filter(id -> questionnaire.question(id).isEmpty()).sorted()
                .forEach(id -> errors.add(new FieldError("answers." + id,
                        "unknown question of questionnaire " + questionnaire.version())));
        return errors.isEmpty() ? new Result(new Answers(values), List.of()) : new Result(null, List.copyOf(errors));
    }

    private static void number(Question q, JsonNode node, String field, List<FieldError> errors,
                               Map<String, Object> values) {
        boolean whole = node.isIntegralNumber() && node.canConvertToInt();
        if (!whole || node.intValue() < q.min() || node.intValue() > q.max()) {
            errors.add(new FieldError(field, "must be a whole number from " + q.min() + " to " + q.max()));
            return;
        }
        values.put(q.id(), node.intValue());
    }

    private static void choice(Question q, JsonNode node, String field, List<FieldError> errors,
                               Map<String, Object> values) {
        if (!node.isTextual() || q.option(node.textValue()).isEmpty()) {
            errors.add(new FieldError(field, "must be one of " + q.options().stream().map(Option::code).toList()));
            return;
        }
        values.put(q.id(), node.textValue());
    }
}

package dev.kehu.profiling.domain.questionnaire;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One question of the risk questionnaire. Number questions carry {@code min}, {@code max} and
 * their {@code scoring} formula; choice questions carry their options.
 */
public record Question(String id, Part part, QuestionType type, Integer min, Integer max, Labels labels,
                       List<Option> options, @JsonInclude(JsonInclude.Include.NON_NULL) LinearScoring scoring) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public Optional<Option> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    /** Points of an answer that has been validated against this question. */
    public int points(Object answer) {
        if (type == QuestionType.NUMBER) {
            return scoring.points((Integer) answer);
        }
        return option((String) answer).orElseThrow(() -> new IllegalArgumentException(
                "unknown option " + answer + " of " + id)).points();
    }
}

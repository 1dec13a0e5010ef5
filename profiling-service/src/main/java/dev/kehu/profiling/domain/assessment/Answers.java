package dev.kehu.profiling.domain.assessment;

import java.util.Map;
import java.util.TreeMap;

/**
 * Answers that passed validation against a questionnaire: an {@code Integer} for each number
 * question, an option code for each choice question. Sorted, so equal answers serialize equally.
 */
public record Answers(Map<String, Object> values) {

    public Answers {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public Object get(String questionId) {
        return values.get(questionId);
    }
}

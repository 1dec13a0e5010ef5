package dev.kehu.console.api.profiling;

import java.util.List;

import dev.kehu.console.api.Labels;

/** The risk questionnaire in force, as profiling-service serves it: the page asks exactly its questions. */
public record Questionnaire(String version, Labels title, List<Question> questions) {

    public Questionnaire {
        questions = questions == null ? List.of() : questions;
    }

    /** A number question has {@code min} and {@code max}; a choice question its options. */
    public record Question(String id, String type, Integer min, Integer max, Labels labels, List<Option> options) {

        public boolean isNumber() {
            return "NUMBER".equals(type);
        }
    }

    public record Option(String code, int points, Labels labels) {
    }
}

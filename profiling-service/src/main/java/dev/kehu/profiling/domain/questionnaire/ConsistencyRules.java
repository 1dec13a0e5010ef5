package dev.kehu.profiling.domain.questionnaire;

import java.util.List;

/**
 * Pairs of answers that contradict each other, as versioned data: a rule fires when all of its
 * conditions hold, and its severity ({@code AMBER} or {@code RED}) says how much to doubt the result.
 */
public record ConsistencyRules(String version, List<Rule> rules) {

    public record Rule(String code, ConsistencyLevel severity, List<Condition> when, Labels message) {
    }

    /**
     * One answer test: its code is one of {@code anyOf}, or its number is at least {@code atLeast}
     * and/or at most {@code atMost}.
     */
    public record Condition(String question, List<String> anyOf, Integer atLeast, Integer atMost) {

        public boolean holds(Object answer) {
            if (answer == null) {
                return false;
            }
            if (anyOf != null && !anyOf.contains(String.valueOf(answer))) {
                return false;
            }
            if (atLeast != null && !(answer instanceof Integer n && n >= atLeast)) {
                return false;
            }
            return atMost == null || answer instanceof Integer n && n <= atMost;
        }
    }

    /** Fails if a rule names a question or an option the questionnaire does not have. */
    public ConsistencyRules checkAgainst(Questionnaire q) {
        for (Rule rule : rules) {
            if (rule.severity() == ConsistencyLevel.GREEN || rule.when().isEmpty()) {
                throw new IllegalStateException("consistency rule " + rule.code() + " needs conditions and AMBER/RED");
            }
            for (Condition c : rule.when()) {
                Question question = q.question(c.question()).orElseThrow(() -> new IllegalStateException(
                        "consistency rule " + rule.code() + " names unknown question " + c.question()));
                if (c.anyOf() != null && c.anyOf().stream().anyMatch(code -> question.option(code).isEmpty())) {
                    throw new IllegalStateException("consistency rule " + rule.code() + " names an unknown option of "
                            + c.question());
                }
            }
        }
        return this;
    }
}

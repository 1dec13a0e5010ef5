package dev.kehu.profiling.domain.rescore;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.kehu.profiling.domain.assessment.Answers;
import dev.kehu.profiling.domain.questionnaire.Question;
import dev.kehu.profiling.domain.questionnaire.QuestionType;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;

/**
 * docs/domain.md#questionnaire-versions re-scoring: a client's answers are scored under another version only when they answer every
 * question of it validly (a number in range, a known option); otherwise the client must be reassessed
 * and nothing is guessed. Answers to questions the version no longer asks are left out. Pure.
 */
public final class Rescoring {

    private Rescoring() {
    }

    /** The answers to {@code questionnaire}'s questions, or empty when some question is unanswered or invalid. */
    public static Optional<Answers> covering(Questionnaire questionnaire, Map<String, Object> answers) {
        Map<String, Object> kept = new HashMap<>();
        for (Question q : questionnaire.questions()) {
            Object a = answers.get(q.id());
            if (!valid(q, a)) {
                return Optional.empty();
            }
            kept.put(q.id(), a);
        }
        return Optional.of(new Answers(kept));
    }

    private static boolean valid(Question q, Object answer) {
        if (q.type() == QuestionType.NUMBER) {
            return answer instanceof Integer n && n >= q.min() && n <= q.max();
        }
        return answer instanceof String code && q.option(code).isPresent();
    }
}

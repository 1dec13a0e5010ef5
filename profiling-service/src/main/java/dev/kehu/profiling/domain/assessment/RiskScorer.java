package dev.kehu.profiling.domain.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.kehu.profiling.domain.questionnaire.Part;
import dev.kehu.profiling.domain.questionnaire.Question;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;

/** docs/domain.md#allocation-grid scoring: capacity = A + B, attitude = C + D, each banded, then the grid cell. Pure. */
public final class RiskScorer {

    private RiskScorer() {
    }

    public static RiskScore score(Questionnaire questionnaire, Answers answers) {
        PartScore capacity = part(questionnaire, answers, Part.CAPACITY);
        PartScore attitude = part(questionnaire, answers, Part.ATTITUDE);
        return new RiskScore(capacity, attitude, questionnaire.allocation(attitude.band(), capacity.band()));
    }

    private static PartScore part(Questionnaire questionnaire, Answers answers, Part part) {
        Map<String, Integer> breakdown = new LinkedHashMap<>();
        int total = 0;
        for (Question q : questionnaire.questions()) {
            if (q.part() == part) {
                int points = q.points(answers.get(q.id()));
                breakdown.put(q.id(), points);
                total += points;
            }
        }
        return new PartScore(total, questionnaire.band(total), breakdown);
    }
}

package dev.kehu.profiling.domain.assessment;

import java.util.ArrayList;
import java.util.List;

import dev.kehu.profiling.domain.questionnaire.ConsistencyLevel;
import dev.kehu.profiling.domain.questionnaire.ConsistencyRules.Condition;
import dev.kehu.profiling.domain.questionnaire.ConsistencyRules.Rule;
import dev.kehu.profiling.domain.questionnaire.ConsistencyRules;

/** Applies the consistency rules (data) to a set of answers. Pure. */
public final class ConsistencyCheck {

    private ConsistencyCheck() {
    }

    public static Consistency check(ConsistencyRules rules, Answers answers) {
        List<Consistency.Finding> findings = new ArrayList<>();
        ConsistencyLevel level = ConsistencyLevel.GREEN;
        for (Rule rule : rules.rules()) {
            if (rule.when().stream().allMatch(c -> c.holds(answers.get(c.question())))) {
                findings.add(new Consistency.Finding(rule.code(), rule.severity(),
                        rule.when().stream().map(Condition::question).distinct().toList(), rule.message()));
                if (rule.severity().compareTo(level) > 0) {
                    level = rule.severity();
                }
            }
        }
        return new Consistency(rules.version(), level, List.copyOf(findings));
    }
}

package dev.kehu.profiling.assessment;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.profiling.domain.assessment.Answers;
import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.domain.questionnaire.ConsistencyRules;
import dev.kehu.profiling.domain.questionnaire.Questionnaire;
import dev.kehu.profiling.domain.questionnaire.RiskCategories;

/** The built-in v1 data and a typical set of answers (capacity 69 MEDIUM_HIGH, attitude 56 MEDIUM). */
public final class Fixtures {

    public static final Questionnaire V1 = DataFiles.builtIn("risk", "v1", Questionnaire.class).check();
    public static final ConsistencyRules RULES = DataFiles.builtIn("consistency-rules", "v1", ConsistencyRules.class)
            .checkAgainst(V1);
    public static final RiskCategories CATEGORIES = DataFiles.builtIn("risk-categories", "v1", RiskCategories.class)
            .check();
    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static Map<String, Object> typical() {
        Map<String, Object> a = new HashMap<>();
        a.put("age", 38);
        a.put("employment", "STABLE_INCOME");
        a.put("familyBurden", "DUAL_INCOME_WITH_CHILDREN");
        a.put("housing", "MORTGAGE_UNDER_HALF");
        a.put("investmentExperience", "YEARS_2_TO_5");
        a.put("investmentKnowledge", "AVERAGE");
        a.put("maxLossPercent", 12);
        a.put("investmentPriority", "BEAT_INFLATION");
        a.put("stopLoss", "EXECUTES_STOP");
        a.put("lossReaction", "AFFECTS_MOOD");
        a.put("marketWatching", "WEEKLY");
        a.put("performanceControl", "PARTIAL_CONTROL");
        return a;
    }

    public static Answers answers(Map<String, Object> values) {
        return new Answers(values);
    }

    public static Map<String, JsonNode> raw(Map<String, Object> values) {
        Map<String, JsonNode> raw = new HashMap<>();
        values.forEach((k, v) -> raw.put(k, JSON.valueToTree(v)));
        return raw;
    }
}

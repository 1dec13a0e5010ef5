package dev.kehu.profiling.domain.questionnaire;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * docs/domain.md#risk-category as versioned data ({@code risk-categories-<v>.json}): the category of each band, the labels
 * of each category, and the answer that makes a client the lowest category (最低风险承受能力类别).
 * The category of an assessment comes from the LOWER of its capacity and attitude bands: ability and
 * willingness must both allow the risk. Pure.
 */
public record RiskCategories(String version, Map<Band, RiskCategory> byBand, Map<RiskCategory, Labels> labels,
                             LowestRule lowest) {

    /** The lowest category: {@code question} answered with {@code equals} (no bearable loss at all) → {@code category}. */
    public record LowestRule(String question, int equals, RiskCategory category) {
    }

    /** An assessment's category, and whether it is the lowest category. */
    public record Categorized(RiskCategory category, boolean lowest) {
    }

    public Categorized categorize(Band capacity, Band attitude, Map<String, Object> answers) {
        Object answer = answers.get(lowest.question());
        if (answer instanceof Number n && n.intValue() == lowest.equals()) {
            return new Categorized(lowest.category(), true);
        }
        Band lower = capacity.compareTo(attitude) <= 0 ? capacity : attitude;
        return new Categorized(byBand.get(lower), false);
    }

    /** Fails with every problem of a mapping that could not categorize an assessment. */
    public RiskCategories check() {
        List<String> problems = new ArrayList<>();
        if (byBand == null || !byBand.keySet().equals(EnumSet.allOf(Band.class))) {
            problems.add("every band needs a category");
        } else {
            RiskCategory previous = null;
            for (Band b : Band.values()) {
                RiskCategory c = byBand.get(b);
                if (previous != null && c.compareTo(previous) < 0) {
                    problems.add("categories must not fall as bands rise: " + b);
                }
                previous = c;
            }
        }
        Set<RiskCategory> labelled = labels == null ? Set.of() : labels.keySet();
        if (!labelled.equals(EnumSet.allOf(RiskCategory.class))) {
            problems.add("every category needs labels");
        }
        if (lowest == null || lowest.question() == null || lowest.category() == null) {
            problems.add("the lowest-category rule needs a question, a value and a category");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("risk categories " + version + " are invalid: " + problems);
        }
        return this;
    }
}

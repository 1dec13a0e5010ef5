package dev.kehu.retention.domain.nextaction;

import java.util.EnumMap;
import java.util.Map;

import dev.kehu.retention.domain.plan.Tier;

/**
 * The ranking's data, one versioned file ({@code nextactions/next-action-rules-<v>.json},
 * docs/domain.md#next-actions): each tier's weight on overdue days, the weight of a client never classified,
 * and each reason code's text in both languages.
 */
public record NextActionRules(String version, Map<Tier, Integer> tierWeights, int unclassifiedWeight,
                              Map<String, Label> reasons) {

    /** A reason's text as a person reads it. */
    public record Label(String zh, String en) {
    }

    public NextActionRules {
        if (tierWeights == null || tierWeights.size() != Tier.values().length
                || tierWeights.values().stream().anyMatch(w -> w == null || w < 1) || unclassifiedWeight < 1) {
            throw new IllegalArgumentException("next-action rules " + version + " need a weight >= 1 for every tier");
        }
        if (reasons == null || reasons.values().stream().anyMatch(l -> l == null || l.zh() == null || l.en() == null)) {
            throw new IllegalArgumentException("next-action rules " + version + ": every reason needs zh and en");
        }
        tierWeights = Map.copyOf(new EnumMap<>(tierWeights));
        reasons = Map.copyOf(reasons);
    }

    public int weight(Tier tier) {
        return tier == null ? unclassifiedWeight : tierWeights.get(tier);
    }

    /** The reason's text; a code the data does not have is a mistake in the shipped data. */
    public Label reason(String code) {
        Label label = reasons.get(code);
        if (label == null) {
            throw new IllegalStateException("next-action rules " + version + " have no reason " + code);
        }
        return label;
    }
}

package dev.kehu.console.api.retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The signal weights in force and every version before (docs/contract.md, learned churn weights): version 1 is
 * the configured set (no fit, no adopter), each adoption the next.
 */
public record ChurnWeights(int version, Map<String, Integer> weights, String fitId, String adoptedBy,
        Instant adoptedAt, List<Version> history) {

    public ChurnWeights {
        weights = weights == null ? Map.of() : weights;
        history = history == null ? List.of() : history;
    }

    /** One weight set of the history, newest first. */
    public record Version(int version, Map<String, Integer> weights, String fitId, String adoptedBy, Instant adoptedAt) {

        public Version {
            weights = weights == null ? Map.of() : weights;
        }

        /** A kind's weight in this set; null when the set does not name it. */
        public Integer weight(String kind) {
            return weights.get(kind);
        }
    }

    /** A kind's weight in force; null when the set does not name it. */
    public Integer weight(String kind) {
        return weights.get(kind);
    }
}

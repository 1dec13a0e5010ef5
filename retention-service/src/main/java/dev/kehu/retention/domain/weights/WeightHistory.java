package dev.kehu.retention.domain.weights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.weights.ChurnModelEvent.WeightsAdopted;

/**
 * The versions of the signal weights (docs/domain.md#learned-weights), oldest first: version 1 is the configured
 * set, each adoption the next. The last is in force: a signal carries the weight in force when it was raised,
 * so an adoption changes no earlier signal, score or alert.
 */
public record WeightHistory(List<Version> versions) {

    /** One weight set: its number, every kind's weight, and (from version 2) the fit, who adopted it and when. */
    public record Version(int version, Map<SignalKind, Integer> weights, String fitId, String adoptedBy,
                          Instant adoptedAt) {

        public Version {
            weights = Map.copyOf(weights);
        }
    }

    public WeightHistory {
        versions = List.copyOf(versions);
    }

    public static WeightHistory configured(Map<SignalKind, Integer> configured) {
        return new WeightHistory(List.of(new Version(1, configured, null, null, null)));
    }

    public WeightHistory evolve(ChurnModelEvent event) {
        if (!(event instanceof WeightsAdopted a)) {
            throw new IllegalArgumentException("not a weights event: " + event);
        }
        List<Version> next = new ArrayList<>(versions);
        next.add(new Version(a.version(), a.weights(), a.fitId(), a.adoptedBy(), a.adoptedAt()));
        return new WeightHistory(next);
    }

    public Version inForce() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The weights a fit's evidence implies: each learned kind its learned weight; a kind the fit could not learn
     * (too few points had it) keeps the weight in force.
     */
    public Map<SignalKind, Integer> adopting(List<ChurnModelFit.Coefficient> coefficients) {
        Map<SignalKind, Integer> weights = new EnumMap<>(inForce().weights());
        for (ChurnModelFit.Coefficient c : coefficients) {
            if (c.learned() && c.learnedWeight() != null) {
                weights.put(c.kind(), c.learnedWeight());
            }
        }
        return weights;
    }
}

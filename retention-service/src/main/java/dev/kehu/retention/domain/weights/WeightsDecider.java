package dev.kehu.retention.domain.weights;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.StateDecider;
import dev.kehu.retention.domain.signal.SignalKind;

/** Adopting a fit's weights: the next version of {@link WeightHistory} (docs/domain.md#learned-weights). */
public final class WeightsDecider extends StateDecider<WeightHistory, WeightsDecider.Adopt, ChurnModelEvent> {

    public static final String STREAM = "churn-weights";

    /** A manager adopts a fit that completed, with the weights its evidence implies. */
    public record Adopt(String fitId, List<ChurnModelFit.Coefficient> coefficients, String adoptedBy,
                        Instant adoptedAt) {
    }

    /** The fit's weights are in force already: adopting it again would change nothing. */
    public static final class AlreadyInForceException extends IllegalStateException {
        public AlreadyInForceException(String message) {
            super(message);
        }
    }

    public WeightsDecider(Map<SignalKind, Integer> configured) {
        super(WeightHistory.configured(configured), WeightHistory::evolve);
    }

    @Override
    public List<ChurnModelEvent> decide(Adopt adopt, WeightHistory history) {
        if (adopt.fitId().equals(history.inForce().fitId())) {
            throw new AlreadyInForceException("fit " + adopt.fitId() + " is version " + history.inForce().version()
                    + ", the weights in force already");
        }
        return List.of(new ChurnModelEvent.WeightsAdopted(history.inForce().version() + 1, adopt.fitId(),
                history.adopting(adopt.coefficients()), adopt.adoptedBy(), adopt.adoptedAt()));
    }
}

package dev.kehu.retention.domain.weights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import dev.kehu.eventstore.EventType;
import dev.kehu.retention.domain.signal.SignalKind;

/**
 * The learned churn weights (docs/domain.md#learned-weights): each fit ends on its own stream
 * {@code churn-fit-<fitId>}, with its evidence or why it failed; each adopted weight set is a version on the stream
 * {@code churn-weights} (version 1, the configured weights, is no event).
 */
public sealed interface ChurnModelEvent {

    @EventType("retention.churn-model.fit-completed.v1")
    record FitCompleted(String fitId, LocalDate from, LocalDate to, int horizonDays, String requestedBy,
                        Instant finishedAt, ChurnModelFit.Evidence evidence) implements ChurnModelEvent {
    }

    @EventType("retention.churn-model.fit-failed.v1")
    record FitFailed(String fitId, LocalDate from, LocalDate to, int horizonDays, String requestedBy,
                     Instant finishedAt, String error) implements ChurnModelEvent {
    }

    /** A manager adopted a fit's weights: they are in force from {@code adoptedAt} for every signal raised after. */
    @EventType("retention.churn-model.weights-adopted.v1")
    record WeightsAdopted(int version, String fitId, Map<SignalKind, Integer> weights, String adoptedBy,
                          Instant adoptedAt) implements ChurnModelEvent {

        public WeightsAdopted {
            weights = Map.copyOf(weights);
        }
    }
}

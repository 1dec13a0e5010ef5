package dev.kehu.retention.domain.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.kehu.retention.domain.signal.SignalKind;
import dev.kehu.retention.domain.weights.ObservationPoints.SignalAt;

/** The small measures of a fit, table-driven: AUC, calibration, the weight mapping, the observation points. */
class MeasuresTest {

    @Test
    void aucCountsPairsRankedRightAndTiesHalf() {
        record Case(double[] scores, boolean[] churned, double auc) {
        }
        for (Case c : List.of(
                new Case(new double[] {1, 2, 3, 4}, new boolean[] {false, false, true, true}, 1.0),
                new Case(new double[] {4, 3, 2, 1}, new boolean[] {false, false, true, true}, 0.0),
                new Case(new double[] {1, 1, 1, 1}, new boolean[] {false, true, false, true}, 0.5),
                new Case(new double[] {1, 2, 2, 3}, new boolean[] {false, true, false, true}, 0.875))) {
            assertEquals(c.auc(), Auc.of(c.scores(), c.churned()), 1e-12);
        }
        assertThrows(IllegalArgumentException.class, () -> Auc.of(new double[] {1, 2}, new boolean[] {true, true}));
    }

    @Test
    void calibrationBinsByPredictedChance() {
        List<Calibration.Bin> bins = Calibration.of(new double[] {0.05, 0.07, 0.55, 0.95, 1.0},
                new boolean[] {false, true, true, true, false});
        assertEquals(List.of(new Calibration.Bin(1, 0.0, 0.1, 2, 0.06, 0.5),
                new Calibration.Bin(6, 0.5, 0.6, 1, 0.55, 1.0),
                new Calibration.Bin(10, 0.9, 1.0, 2, 0.975, 0.5)), bins.stream()
                .map(b -> new Calibration.Bin(b.bin(), b.from(), b.to(), b.count(),
                        ChurnModelFit.round(b.predicted()), b.observed())).toList());
    }

    @Test
    void learnedWeightRisesWithTheCoefficientAndIsZeroWhenNotShown() {
        record Case(double coefficient, double lower, int weight) {
        }
        for (Case c : List.of(new Case(Math.log(2), 0.1, 50), new Case(Math.log(5), 1.0, 80),
                new Case(Math.log(10), 2.0, 90), new Case(0.8, -0.1, 0), new Case(-1.0, -2.0, 0),
                new Case(20, 10, 100), new Case(0.05, 0.01, 5))) {
            assertEquals(c.weight(), LearnedWeights.of(c.coefficient(), c.lower()), c.toString());
        }
    }

    @Test
    void pointsAreSignalDaysWithTheWindowBeforeAndTheHorizonAfter() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant d1 = Instant.parse("2025-03-03T02:00:00Z");
        List<SignalAt> signals = List.of(
                new SignalAt("A", SignalKind.COMPLAINT, d1.minus(Duration.ofDays(40))), // before the window: not a feature
                new SignalAt("A", SignalKind.NEGLECT, d1.minus(Duration.ofDays(10))),   // before the period: a feature only
                new SignalAt("A", SignalKind.ASSET_OUTFLOW, d1),
                new SignalAt("A", SignalKind.COMPLAINT, d1.plus(Duration.ofHours(3))),  // same day: one point, at 05:00
                new SignalAt("A", SignalKind.LARGE_WITHDRAWAL, d1.plus(Duration.ofDays(5))), // after the churn: none
                new SignalAt("B", SignalKind.COMPLAINT, d1.plus(Duration.ofDays(1))),
                new SignalAt("C", SignalKind.COMPLAINT, Instant.parse("2025-06-20T02:00:00Z"))); // horizon not over
        Map<String, Instant> churned = Map.of("A", d1.plus(Duration.ofDays(2)), "B", d1.plus(Duration.ofDays(200)));
        List<Observation> points = ObservationPoints.of(signals, churned, LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 6, 30), Duration.ofDays(90), Duration.ofDays(30), zone,
                Instant.parse("2025-07-01T00:00:00Z"));
        assertEquals(List.of(
                new Observation("A", d1.plus(Duration.ofHours(3)), Observation.features(java.util.EnumSet.of(
                        SignalKind.NEGLECT, SignalKind.ASSET_OUTFLOW, SignalKind.COMPLAINT)), true),
                new Observation("B", d1.plus(Duration.ofDays(1)), Observation.bit(SignalKind.COMPLAINT), false)),
                points);
    }
}

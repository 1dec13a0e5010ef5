package dev.kehu.retention.domain.weights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.kehu.retention.domain.signal.SignalKind;

/** The fit on synthetic histories whose true coefficients are known (docs/domain.md#learned-weights). */
class ChurnModelFitTest {

    /** True log-odds per kind, in SignalKind order: distinct, so their order is the thing to recover. */
    static final double[] TRUE = {3.0, 2.5, 2.0, 1.5, 1.0, 0.5, 0.0, -1.0};
    static final double INTERCEPT = -2.5;
    static final Map<SignalKind, Integer> CONFIGURED = configured();
    static final ChurnModelFit.Settings SETTINGS = new ChurnModelFit.Settings(1.0, 100, 7L, 0.2, 200, 20, 10);

    static Map<SignalKind, Integer> configured() {
        Map<SignalKind, Integer> w = new EnumMap<>(SignalKind.class);
        int[] today = {60, 80, 40, 30, 25, 20, 20, 20};
        for (SignalKind k : SignalKind.values()) {
            w.put(k, today[k.ordinal()]);
        }
        return w;
    }

    /** n points, each kind raised with chance 0.3, churned with the true logistic chance. */
    static List<Observation> synthetic(int n, long seed) {
        Random random = new Random(seed);
        List<Observation> points = new ArrayList<>();
        Instant t = Instant.parse("2025-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            int features = 0;
            double z = INTERCEPT;
            for (SignalKind k : SignalKind.values()) {
                if (random.nextDouble() < 0.3) {
                    features |= Observation.bit(k);
                    z += TRUE[k.ordinal()];
                }
            }
            boolean churned = random.nextDouble() < 1 / (1 + Math.exp(-z));
            points.add(new Observation("C" + i, t.plusSeconds(3600L * i), features, churned));
        }
        return points;
    }

    @Test
    void recoversTheOrderOfTheTrueCoefficientsAndRanksTheHoldOutWell() {
        ChurnModelFit.Evidence e = new ChurnModelFit(SETTINGS).fit(synthetic(5000, 1), CONFIGURED, 100);
        double[] fitted = e.coefficients().stream().mapToDouble(ChurnModelFit.Coefficient::coefficient).toArray();
        double rho = spearman(TRUE, fitted);
        assertTrue(rho >= 0.9, "Spearman " + rho + " of " + java.util.Arrays.toString(fitted));
        assertTrue(e.holdout().auc() >= 0.8, "hold-out AUC " + e.holdout().auc());
        assertEquals(5000, e.observations());
        assertEquals(4000, e.trainingPoints());
        assertEquals(1000, e.holdoutPoints());
        // each true coefficient lies in its bootstrap interval, give or take the L2 shrinkage
        for (ChurnModelFit.Coefficient c : e.coefficients()) {
            double truth = TRUE[c.kind().ordinal()];
            assertTrue(c.interval95().get(0) - 0.15 <= truth && truth <= c.interval95().get(1) + 0.15,
                    c.kind() + " " + c.interval95() + " vs " + truth);
            assertTrue(c.interval95().get(0) <= c.coefficient() && c.coefficient() <= c.interval95().get(1), c.kind()
                    + " outside its own interval");
        }
        // the kind that predicts nothing and the one that lowers the risk weigh 0; the strongest weighs most
        Map<SignalKind, Integer> learned = new EnumMap<>(SignalKind.class);
        e.coefficients().forEach(c -> learned.put(c.kind(), c.learnedWeight()));
        assertEquals(0, learned.get(SignalKind.NEGLECT));
        assertEquals(0, learned.get(SignalKind.SERVICE_SHORTFALL));
        assertTrue(learned.get(SignalKind.TRANSFER_OUT_REQUESTED) > learned.get(SignalKind.COMPLAINT));
        // calibrated: in every well-filled bin the observed rate is near the predicted one
        for (Calibration.Bin b : e.holdout().calibration()) {
            if (b.count() >= 100) {
                assertTrue(Math.abs(b.predicted() - b.observed()) < 0.1, b.toString());
            }
        }
        assertEquals(1000, e.holdout().calibration().stream().mapToInt(Calibration.Bin::count).sum());
    }

    @Test
    void shuffledLabelsLearnNothing() {
        List<Observation> points = synthetic(5000, 2);
        List<Boolean> labels = new ArrayList<>(points.stream().map(Observation::churned).toList());
        Collections.shuffle(labels, new Random(3));
        List<Observation> shuffled = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Observation o = points.get(i);
            shuffled.add(new Observation(o.clientId(), o.at(), o.features(), labels.get(i)));
        }
        ChurnModelFit.Evidence e = new ChurnModelFit(SETTINGS).fit(shuffled, CONFIGURED, 100);
        assertTrue(e.holdout().auc() > 0.4 && e.holdout().auc() < 0.6, "hold-out AUC " + e.holdout().auc());
        assertTrue(e.holdout().aucOfConfiguredWeights() > 0.4 && e.holdout().aucOfConfiguredWeights() < 0.6,
                "configured AUC " + e.holdout().aucOfConfiguredWeights());
        long weighty = e.coefficients().stream().filter(c -> c.learnedWeight() != null && c.learnedWeight() > 20).count();
        assertTrue(weighty <= 1, "nothing should look strong: " + e.coefficients());
    }

    @Test
    void theSameHistoryGivesTheSameEvidence() {
        List<Observation> points = synthetic(1500, 4);
        assertEquals(new ChurnModelFit(SETTINGS).fit(points, CONFIGURED, 100),
                new ChurnModelFit(SETTINGS).fit(points, CONFIGURED, 100));
    }

    @Test
    void tooLittleHistoryFailsSayingWhatIsMissing() {
        record Case(List<Observation> points, String says) {
        }
        List<Observation> fewChurned = synthetic(1000, 5).stream()
                .map(o -> new Observation(o.clientId(), o.at(), o.features(), o.clientId().equals("C1"))).toList();
        List<Observation> holdoutStays = synthetic(1000, 6).stream().map(o -> new Observation(o.clientId(), o.at(),
                o.features(), o.churned() && Integer.parseInt(o.clientId().substring(1)) < 800)).toList();
        for (Case c : List.of(new Case(synthetic(150, 5), "too few observation points: 150"),
                new Case(fewChurned, "too few churned points: 1 of 1000"),
                new Case(holdoutStays, "hold-out"))) {
            ChurnModelFit.InsufficientHistoryException e = assertThrows(ChurnModelFit.InsufficientHistoryException.class,
                    () -> new ChurnModelFit(SETTINGS).fit(c.points(), CONFIGURED, 100));
            assertTrue(e.getMessage().contains(c.says()), e.getMessage());
        }
    }

    static double spearman(double[] a, double[] b) {
        double[] ra = ranks(a);
        double[] rb = ranks(b);
        double d2 = 0;
        for (int i = 0; i < a.length; i++) {
            d2 += (ra[i] - rb[i]) * (ra[i] - rb[i]);
        }
        int n = a.length;
        return 1 - 6 * d2 / (n * ((double) n * n - 1));
    }

    private static double[] ranks(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            for (double other : v) {
                r[i] += other < v[i] ? 1 : 0;
            }
        }
        return r;
    }
}

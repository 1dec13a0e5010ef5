package dev.kehu.retention.domain.weights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.kehu.retention.domain.signal.SignalKind;

/**
 * The whole fit of docs/domain.md#learned-weights, pure: the points split by time (the earlier part trains, the
 * later is held out), the L2 logistic regression, bootstrap intervals of the coefficients, the weights they
 * imply, and on the held-out points the AUC of the learned model, the AUC of the configured weights and a
 * calibration table. Too little history is an {@link InsufficientHistoryException} naming what is missing.
 */
public final class ChurnModelFit {

    /** How a fit is made; every number is configuration (kehu.retention.churn-model.*). */
    public record Settings(double l2, int bootstrapSamples, long seed, double holdoutShare, int minObservations,
                           int minChurned, int minRaised) {

        public Settings {
            if (!(l2 > 0) || bootstrapSamples < 20 || !(holdoutShare >= 0.05 && holdoutShare <= 0.5)
                    || minObservations < 10 || minChurned < 2 || minRaised < 1) {
                throw new IllegalArgumentException("kehu.retention.churn-model: l2 must be > 0, bootstrap-samples >= 20, "
                        + "holdout-share 0.05-0.5, min-observations >= 10, min-churned >= 2, min-raised >= 1");
            }
        }
    }

    /** The fit's evidence, as stored with it and served. */
    public record Evidence(int observations, int churned, int trainingPoints, int holdoutPoints, double intercept,
                           List<Coefficient> coefficients, Holdout holdout, int bootstrapSamples, long seed,
                           double l2) {

        public Evidence {
            coefficients = List.copyOf(coefficients);
        }
    }

    /**
     * One kind's coefficient (log-odds), its bootstrap 95% interval, how many training points had it, whether
     * there were enough to learn from, and the weight it implies ({@link LearnedWeights}; null when not learned).
     */
    public record Coefficient(SignalKind kind, int raised, double coefficient, List<Double> interval95,
                              boolean learned, Integer learnedWeight, int configuredWeight) {
    }

    /** The held-out later points: how many, how many churned, the two AUCs and the calibration table. */
    public record Holdout(int points, int churned, double auc, double aucOfConfiguredWeights,
                          List<Calibration.Bin> calibration) {
    }

    /** Thrown when the history cannot support a fit; the message says what is missing. */
    public static final class InsufficientHistoryException extends IllegalArgumentException {
        public InsufficientHistoryException(String message) {
            super(message);
        }
    }

    private final Settings settings;

    public ChurnModelFit(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param points           oldest first
     * @param configuredWeights the weights to compare with on the held-out points
     * @param scoreCap         where a configured score is capped
     */
    public Evidence fit(List<Observation> points, Map<SignalKind, Integer> configuredWeights, int scoreCap) {
        int n = points.size();
        long churned = points.stream().filter(Observation::churned).count();
        if (n < settings.minObservations()) {
            throw new InsufficientHistoryException("too few observation points: " + n + " in the period, at least "
                    + settings.minObservations() + " needed; choose a longer period");
        }
        if (churned < settings.minChurned()) {
            throw new InsufficientHistoryException("too few churned points: " + churned + " of " + n
                    + " were followed by a churn within the horizon, at least " + settings.minChurned()
                    + " needed; choose a longer period or horizon");
        }
        int trainSize = (int) Math.round(n * (1 - settings.holdoutShare()));
        List<Observation> train = points.subList(0, trainSize);
        List<Observation> holdout = points.subList(trainSize, n);
        long holdoutChurned = holdout.stream().filter(Observation::churned).count();
        long trainChurned = churned - holdoutChurned;
        if (trainChurned == 0 || trainChurned == train.size()) {
            throw new InsufficientHistoryException("the earlier (training) points all churned or all stayed ("
                    + trainChurned + " of " + train.size() + " churned): nothing to learn from");
        }
        if (holdoutChurned == 0 || holdoutChurned == holdout.size()) {
            throw new InsufficientHistoryException("the later (hold-out) points all churned or all stayed ("
                    + holdoutChurned + " of " + holdout.size() + " churned): the fit cannot be tested");
        }

        LogisticRegression regression = new LogisticRegression(settings.l2());
        LogisticRegression.Model model = regression.fit(LogisticRegression.Counts.of(train));
        double[][] intervals = bootstrap(regression, train, model);

        List<Coefficient> coefficients = new ArrayList<>();
        for (SignalKind kind : LogisticRegression.KINDS) {
            int raised = (int) train.stream().filter(o -> o.has(kind)).count();
            boolean learned = raised >= settings.minRaised();
            double beta = model.coefficient(kind);
            double[] ci = intervals[kind.ordinal()];
            coefficients.add(new Coefficient(kind, raised, round(beta), List.of(round(ci[0]), round(ci[1])), learned,
                    learned ? LearnedWeights.of(beta, ci[0]) : null, configuredWeights.get(kind)));
        }

        double[] learnedScores = new double[holdout.size()];
        double[] predicted = new double[holdout.size()];
        double[] configuredScores = new double[holdout.size()];
        boolean[] labels = new boolean[holdout.size()];
        for (int i = 0; i < holdout.size(); i++) {
            Observation o = holdout.get(i);
            learnedScores[i] = model.logOdds(o.features());
            predicted[i] = model.probability(o.features());
            int sum = 0;
            for (SignalKind k : o.kinds()) {
                sum += configuredWeights.get(k);
            }
            configuredScores[i] = Math.min(sum, scoreCap);
            labels[i] = o.churned();
        }
        List<Calibration.Bin> calibration = Calibration.of(predicted, labels).stream()
                .map(b -> new Calibration.Bin(b.bin(), b.from(), b.to(), b.count(), round(b.predicted()),
                        round(b.observed()))).toList();
        Holdout evidence = new Holdout(holdout.size(), (int) holdoutChurned, round(Auc.of(learnedScores, labels)),
                round(Auc.of(configuredScores, labels)), calibration);
        return new Evidence(n, (int) churned, train.size(), holdout.size(), round(model.intercept()), coefficients,
                evidence, settings.bootstrapSamples(), settings.seed(), settings.l2());
    }

    /**
     * Percentile intervals: the training points drawn with replacement {@code bootstrapSamples} times (seeded, so
     * the same history gives the same intervals), refitted each time; per kind the 2.5th and 97.5th percentile.
     */
    private double[][] bootstrap(LogisticRegression regression, List<Observation> train, LogisticRegression.Model full) {
        int kinds = LogisticRegression.KINDS.size();
        int samples = settings.bootstrapSamples();
        double[][] draws = new double[kinds][samples];
        Random random = new Random(settings.seed());
        Observation[] points = train.toArray(Observation[]::new);
        for (int b = 0; b < samples; b++) {
            List<Observation> sample = new ArrayList<>(points.length);
            for (int i = 0; i < points.length; i++) {
                sample.add(points[random.nextInt(points.length)]);
            }
            LogisticRegression.Model m = regression.fit(LogisticRegression.Counts.of(sample), full);
            for (int k = 0; k < kinds; k++) {
                draws[k][b] = m.coefficients()[k];
            }
        }
        double[][] intervals = new double[kinds][];
        for (int k = 0; k < kinds; k++) {
            double[] sorted = draws[k].clone();
            Arrays.sort(sorted);
            intervals[k] = samples == 0 ? new double[] {Double.NaN, Double.NaN}
                    : new double[] {percentile(sorted, 0.025), percentile(sorted, 0.975)};
        }
        return intervals;
    }

    private static double percentile(double[] sorted, double p) {
        double index = p * (sorted.length - 1);
        int lower = (int) Math.floor(index);
        int upper = (int) Math.ceil(index);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (index - lower);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).doubleValue();
    }
}

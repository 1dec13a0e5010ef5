package dev.kehu.retention.domain.weights;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;

import dev.kehu.retention.domain.signal.SignalKind;

/**
 * L2-regularised logistic regression on the signal kinds (docs/domain.md#learned-weights): this class states
 * the penalised negative log-likelihood and its gradient; Apache Commons Math's non-linear conjugate gradient
 * optimiser minimises it. The features are 0/1, so the points are first counted per feature pattern (at most
 * 2^8): the loss costs the same for a thousand points as for a million.
 *
 * <p>The intercept is not penalised; each kind's coefficient is, with {@code l2 / 2 * beta^2}: a prior that
 * a single signal rarely multiplies the odds of leaving by more than e^(2/sqrt(l2)).
 */
public final class LogisticRegression {

    /** Kinds in coefficient order: index 0 is the intercept, index 1 + ordinal the kind's coefficient. */
    public static final List<SignalKind> KINDS = List.of(SignalKind.values());
    static final int DIMENSION = KINDS.size() + 1;

    /** Points counted per feature pattern: how many, and how many of them churned. */
    public record Counts(int[] patterns, long[] points, long[] churned, long total) {

        public static Counts of(List<Observation> observations) {
            Map<Integer, long[]> byPattern = new TreeMap<>();
            for (Observation o : observations) {
                long[] c = byPattern.computeIfAbsent(o.features(), f -> new long[2]);
                c[0]++;
                c[1] += o.churned() ? 1 : 0;
            }
            int[] patterns = new int[byPattern.size()];
            long[] points = new long[patterns.length];
            long[] churned = new long[patterns.length];
            int i = 0;
            for (Map.Entry<Integer, long[]> e : byPattern.entrySet()) {
                patterns[i] = e.getKey();
                points[i] = e.getValue()[0];
                churned[i] = e.getValue()[1];
                i++;
            }
            return new Counts(patterns, points, churned, observations.size());
        }
    }

    /** A fitted model: the intercept and one coefficient per kind (log-odds). */
    public record Model(double intercept, double[] coefficients) {

        public double coefficient(SignalKind kind) {
            return coefficients[kind.ordinal()];
        }

        /** The linear predictor (log-odds of churning) of a feature pattern. */
        public double logOdds(int features) {
            double z = intercept;
            for (int k = 0; k < coefficients.length; k++) {
                if ((features & (1 << k)) != 0) {
                    z += coefficients[k];
                }
            }
            return z;
        }

        public double probability(int features) {
            return 1 / (1 + Math.exp(-logOdds(features)));
        }

        double[] asPoint() {
            double[] p = new double[DIMENSION];
            p[0] = intercept;
            System.arraycopy(coefficients, 0, p, 1, coefficients.length);
            return p;
        }
    }

    private final double l2;

    public LogisticRegression(double l2) {
        if (!(l2 > 0)) {
            throw new IllegalArgumentException("the L2 penalty must be > 0, was " + l2);
        }
        this.l2 = l2;
    }

    public Model fit(Counts counts) {
        return fit(counts, null);
    }

    /** Fits from {@code start} (a warm start, e.g. the full fit for a bootstrap sample) or from zero. */
    public Model fit(Counts counts, Model start) {
        if (counts.total() == 0) {
            throw new IllegalArgumentException("no observation points to fit");
        }
        double n = counts.total();
        ObjectiveFunction loss = new ObjectiveFunction(beta -> {
            double sum = 0;
            for (int i = 0; i < counts.patterns().length; i++) {
                double z = logOdds(beta, counts.patterns()[i]);
                // n * log(1 + e^z) - y * z, written so that a large |z| neither overflows nor loses precision
                double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
                sum += counts.points()[i] * softplus - counts.churned()[i] * z;
            }
            double penalty = 0;
            for (int k = 1; k < beta.length; k++) {
                penalty += beta[k] * beta[k];
            }
            return (sum + l2 / 2 * penalty) / n;
        });
        ObjectiveFunctionGradient gradient = new ObjectiveFunctionGradient(beta -> {
            double[] g = new double[beta.length];
            for (int i = 0; i < counts.patterns().length; i++) {
                int f = counts.patterns()[i];
                double residual = counts.points()[i] / (1 + Math.exp(-logOdds(beta, f))) - counts.churned()[i];
                g[0] += residual;
                for (int k = 1; k < beta.length; k++) {
                    if ((f & (1 << (k - 1))) != 0) {
                        g[k] += residual;
                    }
                }
            }
            for (int k = 0; k < beta.length; k++) {
                g[k] = (g[k] + (k == 0 ? 0 : l2 * beta[k])) / n;
            }
            return g;
        });
        NonLinearConjugateGradientOptimizer optimizer = new NonLinearConjugateGradientOptimizer(
                NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE, new SimpleValueChecker(1e-12, 1e-14));
        PointValuePair best = optimizer.optimize(new MaxEval(100_000), new MaxIter(10_000), GoalType.MINIMIZE,
                loss, gradient, new InitialGuess(start == null ? new double[DIMENSION] : start.asPoint()));
        double[] beta = best.getPoint();
        return new Model(beta[0], Arrays.copyOfRange(beta, 1, beta.length));
    }

    private static double logOdds(double[] beta, int features) {
        double z = beta[0];
        for (int k = 1; k < beta.length; k++) {
            if ((features & (1 << (k - 1))) != 0) {
                z += beta[k];
            }
        }
        return z;
    }
}

package dev.kehu.retention.domain.weights;

/**
 * From a coefficient to a weight on today's 0-100 scale (docs/domain.md#learned-weights):
 * {@code 100 * (1 - e^-beta)}, i.e. {@code 100 * (1 - 1 / oddsRatio)}. A signal that doubles the odds of leaving
 * weighs 50, one that multiplies them by 5 weighs 80, by 10 weighs 90; the mapping rises with the coefficient
 * and never passes 100. A coefficient whose bootstrap interval reaches 0 or below (not shown to raise the risk)
 * weighs 0.
 */
public final class LearnedWeights {

    private LearnedWeights() {
    }

    public static int of(double coefficient, double lower95) {
        if (!(lower95 > 0) || !(coefficient > 0)) {
            return 0;
        }
        return (int) Math.max(0, Math.min(100, Math.round(100 * (1 - Math.exp(-coefficient)))));
    }
}

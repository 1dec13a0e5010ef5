package dev.kehu.retention.domain.weights;

import java.util.ArrayList;
import java.util.List;

/**
 * The calibration table of a model on points (docs/domain.md#learned-weights): the points grouped by their
 * predicted chance of churning in ten bins of equal width (0-10%, 10-20%, ...), and per bin the mean predicted
 * chance against the share that did churn. Empty bins are left out.
 */
public final class Calibration {

    public static final int BINS = 10;

    /** One bin: number 1..10, its range of predicted chance, how many points, predicted and observed rate. */
    public record Bin(int bin, double from, double to, int count, double predicted, double observed) {
    }

    private Calibration() {
    }

    public static List<Bin> of(double[] predicted, boolean[] churned) {
        int[] count = new int[BINS];
        double[] sumPredicted = new double[BINS];
        int[] positives = new int[BINS];
        for (int i = 0; i < predicted.length; i++) {
            int b = Math.min(BINS - 1, (int) Math.floor(predicted[i] * BINS));
            count[b]++;
            sumPredicted[b] += predicted[i];
            positives[b] += churned[i] ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                bins.add(new Bin(b + 1, (double) b / BINS, (double) (b + 1) / BINS, count[b],
                        sumPredicted[b] / count[b], (double) positives[b] / count[b]));
            }
        }
        return List.copyOf(bins);
    }
}

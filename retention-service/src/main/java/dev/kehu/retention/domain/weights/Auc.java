package dev.kehu.retention.domain.weights;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The area under the ROC curve of scores against outcomes: the chance that a client who churned scored higher
 * than one who stayed (a tie counts half). 0.5 is a coin; 1.0 ranks every leaver above every stayer.
 */
public final class Auc {

    private Auc() {
    }

    /** @throws IllegalArgumentException without both a churned and a stayed point */
    public static double of(double[] scores, boolean[] churned) {
        int n = scores.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        // Mann-Whitney: the rank sum of the churned points, ties given their average rank
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (churned[order[k]]) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("an AUC needs points that churned and points that did not");
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}

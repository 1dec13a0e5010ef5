package dev.kehu.profiling.domain.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * SERVQUAL gaps. The overall gap is the mean over all items (not the mean of the dimension means),
 * so every item weighs the same. Gaps keep two decimals: an item gap is whole, and a mean over
 * 4, 5 or 22 items at two decimals never crosses a whole-number threshold by rounding.
 */
public final class ServqualScorer {

    static final int SCALE = 2;

    private ServqualScorer() {
    }

    public static SurveyResult score(Servqual servqual, Map<String, Rating> ratings) {
        Map<Dimension, int[]> sums = new EnumMap<>(Dimension.class);
        int total = 0;
        for (Servqual.Item item : servqual.items()) {
            int gap = ratings.get(item.id()).gap();
            int[] sum = sums.computeIfAbsent(item.dimension(), d -> new int[2]);
            sum[0] += gap;
            sum[1]++;
            total += gap;
        }
        Map<Dimension, BigDecimal> gaps = new EnumMap<>(Dimension.class);
        sums.forEach((d, sum) -> gaps.put(d, mean(sum[0], sum[1])));
        return new SurveyResult(gaps, mean(total, servqual.items().size()));
    }

    private static BigDecimal mean(int sum, int count) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_EVEN);
    }
}

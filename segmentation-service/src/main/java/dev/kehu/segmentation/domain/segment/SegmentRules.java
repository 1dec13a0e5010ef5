package dev.kehu.segmentation.domain.segment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * docs/domain.md#segmentation as a pure function: daily totals in, classification out. Only event time is used, so
 * the same events always give the same answer.
 *
 * <p>averageAssets is the mean of the daily total assets over the days of the window that have a
 * balance report: a day without a report (a holiday, a late feed) is unknown, not zero, and
 * counting it as zero would make a client look smaller the less often its broker reports.
 *
 * <p>The thresholds are compared with the exact quotients (docs/domain.md#segment-thresholds: 49,999 ÷ 500,000 is STATIC):
 * the mean assets {@code Σassets ÷ days} and the turnover {@code Σtraded ÷ mean}, compared by
 * cross-multiplying, so no rounding decides a segment. Rounding (half-even, to {@code assetsScale}
 * and {@code turnoverScale} decimals) is only for the numbers published and shown; the published
 * turnover divides the traded sum by the published (rounded) averageAssets.
 */
public record SegmentRules(int windowDays, BigDecimal largeThreshold, BigDecimal mediumThreshold,
                           BigDecimal staticTurnoverBelow, BigDecimal shortTermTurnoverFrom,
                           int assetsScale, int turnoverScale, ZoneId tradingZone) {

    /** The first day of the window that ends at {@code asOf}. */
    public LocalDate windowStart(LocalDate asOf) {
        return asOf.minusDays(windowDays - 1L);
    }

    public boolean inWindow(LocalDate day, LocalDate asOf) {
        return !day.isBefore(windowStart(asOf)) && !day.isAfter(asOf);
    }

    /**
     * Classifies at {@code asOf}.
     *
     * @param dailyAssets total assets per day, already summed across the client's accounts
     * @param dailyTraded traded amount (buys and sells) per trading day
     */
    public Classification classify(LocalDate asOf, Map<LocalDate, BigDecimal> dailyAssets,
                                   Map<LocalDate, BigDecimal> dailyTraded) {
        BigDecimal assets = BigDecimal.ZERO;
        BigDecimal traded = BigDecimal.ZERO;
        int reportedDays = 0;
        for (LocalDate day = windowStart(asOf); !day.isAfter(asOf); day = day.plusDays(1)) {
            BigDecimal a = dailyAssets.get(day);
            if (a != null) {
                assets = assets.add(a);
                reportedDays++;
            }
            traded = traded.add(dailyTraded.getOrDefault(day, BigDecimal.ZERO));
        }
        return classify(asOf, assets, reportedDays, traded);
    }

    /**
     * Classifies at {@code asOf} from the window's sums: {@code assets} over the {@code reportedDays}
     * that reported, and {@code traded} over every trading day of the window ({@link #windowStart}).
     */
    public Classification classify(LocalDate asOf, BigDecimal assets, int reportedDays, BigDecimal traded) {
        BigDecimal average = reportedDays == 0 ? BigDecimal.ZERO.setScale(assetsScale)
                : assets.divide(BigDecimal.valueOf(reportedDays), assetsScale, RoundingMode.HALF_EVEN);
        BigDecimal turnover = average.signum() == 0 ? BigDecimal.ZERO.setScale(turnoverScale)
                : traded.divide(average, turnoverScale, RoundingMode.HALF_EVEN);
        Segment segment = Segment.of(size(assets, reportedDays), activity(traded, assets, reportedDays));
        return new Classification(asOf, average, turnover, segment);
    }

    /** The size of an exact average. */
    public Size size(BigDecimal averageAssets) {
        return size(averageAssets, 1);
    }

    /** The size of the exact mean {@code assets ÷ days} (SMALL when no day reported). */
    public Size size(BigDecimal assets, int days) {
        if (days == 0) {
            return Size.SMALL;
        }
        BigDecimal n = BigDecimal.valueOf(days);
        if (assets.compareTo(largeThreshold.multiply(n)) >= 0) {
            return Size.LARGE;
        }
        return assets.compareTo(mediumThreshold.multiply(n)) >= 0 ? Size.MEDIUM : Size.SMALL;
    }

    /** The activity of an exact turnover. */
    public Activity activity(BigDecimal turnover) {
        if (turnover.compareTo(staticTurnoverBelow) < 0) {
            return Activity.STATIC;
        }
        return turnover.compareTo(shortTermTurnoverFrom) >= 0 ? Activity.SHORT_TERM : Activity.STABLE;
    }

    /**
     * The activity of the exact turnover {@code traded ÷ (assets ÷ days)} = {@code traded × days ÷ assets},
     * compared as {@code traded × days} against {@code threshold × assets}; 0 when there are no assets.
     */
    public Activity activity(BigDecimal traded, BigDecimal assets, int days) {
        if (days == 0 || assets.signum() == 0) {
            return activity(BigDecimal.ZERO);
        }
        BigDecimal scaledTraded = traded.multiply(BigDecimal.valueOf(days));
        if (scaledTraded.compareTo(staticTurnoverBelow.multiply(assets)) < 0) {
            return Activity.STATIC;
        }
        return scaledTraded.compareTo(shortTermTurnoverFrom.multiply(assets)) >= 0 ? Activity.SHORT_TERM
                : Activity.STABLE;
    }
}

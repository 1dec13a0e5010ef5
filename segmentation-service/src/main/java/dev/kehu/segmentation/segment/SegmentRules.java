package dev.kehu.segmentation.segment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;

/**
 * SPEC §3 as a pure function: daily totals in, classification out. Only event time is used, so
 * the same events always give the same answer.
 *
 * <p>averageAssets is the mean of the daily total assets over the days of the window that have a
 * balance report: a day without a report (a holiday, a late feed) is unknown, not zero, and
 * counting it as zero would make a client look smaller the less often its broker reports.
 * turnover divides by the rounded averageAssets, and both are compared as published (rounded
 * half-even), so anyone can recompute a segment from the event's own numbers.
 */
public record SegmentRules(int windowDays, BigDecimal largeThreshold, BigDecimal mediumThreshold,
                           BigDecimal staticTurnoverBelow, BigDecimal shortTermTurnoverFrom,
                           int assetsScale, int turnoverScale, ZoneId tradingZone) {

    public static SegmentRules from(SegmentationConfig c) {
        return new SegmentRules(c.windowDays(), c.largeThreshold(), c.mediumThreshold(), c.staticTurnoverBelow(),
                c.shortTermTurnoverFrom(), c.assetsScale(), c.turnoverScale(), c.tradingZone());
    }

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
        return classify(asOf, dailyAssets::get, day -> dailyTraded.getOrDefault(day, BigDecimal.ZERO));
    }

    /**
     * Classifies at {@code asOf}, reading the days through lookups (so a caller can ask "what if
     * this day changed" without copying its maps).
     *
     * @param assetsOn total assets of a day across the client's accounts, null if not reported
     * @param tradedOn traded amount of a trading day, zero if none
     */
    public Classification classify(LocalDate asOf, Function<LocalDate, BigDecimal> assetsOn,
                                   Function<LocalDate, BigDecimal> tradedOn) {
        BigDecimal assets = BigDecimal.ZERO;
        BigDecimal traded = BigDecimal.ZERO;
        int reportedDays = 0;
        for (LocalDate day = windowStart(asOf); !day.isAfter(asOf); day = day.plusDays(1)) {
            BigDecimal a = assetsOn.apply(day);
            if (a != null) {
                assets = assets.add(a);
                reportedDays++;
            }
            traded = traded.add(tradedOn.apply(day));
        }
        BigDecimal average = reportedDays == 0 ? BigDecimal.ZERO.setScale(assetsScale)
                : assets.divide(BigDecimal.valueOf(reportedDays), assetsScale, RoundingMode.HALF_EVEN);
        BigDecimal turnover = average.signum() == 0 ? BigDecimal.ZERO.setScale(turnoverScale)
                : traded.divide(average, turnoverScale, RoundingMode.HALF_EVEN);
        return new Classification(asOf, average, turnover, Segment.of(size(average), activity(turnover)));
    }

    public Size size(BigDecimal averageAssets) {
        if (averageAssets.compareTo(largeThreshold) >= 0) {
            return Size.LARGE;
        }
        return averageAssets.compareTo(mediumThreshold) >= 0 ? Size.MEDIUM : Size.SMALL;
    }

    public Activity activity(BigDecimal turnover) {
        if (turnover.compareTo(staticTurnoverBelow) < 0) {
            return Activity.STATIC;
        }
        return turnover.compareTo(shortTermTurnoverFrom) >= 0 ? Activity.SHORT_TERM : Activity.STABLE;
    }
}

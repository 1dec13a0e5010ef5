package dev.kehu.segmentation.domain.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentRulesTest {

    static final SegmentRules RULES = new SegmentRules(30, new BigDecimal("5000000"), new BigDecimal("500000"),
            new BigDecimal("0.1"), new BigDecimal("2.0"), 2, 4, ZoneId.of("Asia/Shanghai"));
    static final LocalDate AS_OF = LocalDate.parse("2026-03-31");

    @ParameterizedTest(name = "averageAssets {0} is {1}")
    @CsvSource({
            "0, SMALL",
            "499999.99, SMALL",
            "499999.995, SMALL",
            "499999.999999, SMALL",
            "500000, MEDIUM",
            "500000.00, MEDIUM",
            "4999999.99, MEDIUM",
            "4999999.995, MEDIUM",
            "5000000, LARGE",
            "5000000.00, LARGE",
            "80000000, LARGE"})
    void sizeBoundaries(String averageAssets, Size expected) {
        assertEquals(expected, RULES.size(new BigDecimal(averageAssets)));
    }

    @ParameterizedTest(name = "turnover {0} is {1}")
    @CsvSource({
            "0, STATIC",
            "0.0999, STATIC",
            "0.099998, STATIC",
            "0.09999999999, STATIC",
            "0.1, STABLE",
            "0.1000, STABLE",
            "0.10000000001, STABLE",
            "1.9999, STABLE",
            "1.999998, STABLE",
            "1.99999999999, STABLE",
            "2.0, SHORT_TERM",
            "2.00000000001, SHORT_TERM",
            "2.0000, SHORT_TERM",
            "15, SHORT_TERM"})
    void activityBoundaries(String turnover, Activity expected) {
        assertEquals(expected, RULES.activity(new BigDecimal(turnover)));
    }

    @ParameterizedTest(name = "{0} is {1} / {2} / {3} / {4}")
    @CsvSource({
            "LARGE_SHORT_TERM, LARGE, SHORT_TERM, KEY, PREMIUM",
            "LARGE_STABLE, LARGE, STABLE, IMPORTANT, VALUE_ADDED",
            "LARGE_STATIC, LARGE, STATIC, IMPORTANT, VALUE_ADDED",
            "MEDIUM_SHORT_TERM, MEDIUM, SHORT_TERM, IMPORTANT, VALUE_ADDED",
            "MEDIUM_STABLE, MEDIUM, STABLE, IMPORTANT, VALUE_ADDED",
            "MEDIUM_STATIC, MEDIUM, STATIC, STANDARD, BASIC",
            "SMALL_SHORT_TERM, SMALL, SHORT_TERM, STANDARD, BASIC",
            "SMALL_STABLE, SMALL, STABLE, STANDARD, BASIC",
            "SMALL_STATIC, SMALL, STATIC, STANDARD, BASIC"})
    void priorityOfAllNineSegments(Segment segment, Size size, Activity activity, Priority priority,
                                   ServiceTier tier) {
        assertEquals(segment, Segment.of(size, activity));
        assertEquals(priority, segment.priority());
        assertEquals(tier, segment.priority().serviceTier());
    }

    /**
     * At and around every boundary, through the whole computation (mean over the window, then
     * division): the segment follows the exact quotient (docs/domain.md#segmentation: 49,999 ÷ 500,000 is STATIC) while
     * the published numbers are rounded half-even, so a published 0.1000 or 2.0000 may sit below
     * its threshold.
     */
    @ParameterizedTest(name = "assets {0}, traded {1} -> {2} {3} {4}")
    @CsvSource({
            // turnover 0.1
            "500000, 50000, 500000.00, 0.1000, MEDIUM_STABLE",
            "500000, 50000.01, 500000.00, 0.1000, MEDIUM_STABLE",
            "500000, 49999.99, 500000.00, 0.1000, MEDIUM_STATIC",
            "500000, 49999, 500000.00, 0.1000, MEDIUM_STATIC",
            "500000, 49975, 500000.00, 0.1000, MEDIUM_STATIC",
            "500000, 49950, 500000.00, 0.0999, MEDIUM_STATIC",
            "5000000, 500000, 5000000.00, 0.1000, LARGE_STABLE",
            "5000000, 499999.99, 5000000.00, 0.1000, LARGE_STATIC",
            "5000000, 499999, 5000000.00, 0.1000, LARGE_STATIC",
            "499999.99, 50000, 499999.99, 0.1000, SMALL_STABLE",
            "499999.99, 49999.99, 499999.99, 0.1000, SMALL_STATIC",
            "499999.99, 49999.999, 499999.99, 0.1000, SMALL_STABLE",
            // turnover 2.0
            "500000, 1000000, 500000.00, 2.0000, MEDIUM_SHORT_TERM",
            "500000, 1000000.01, 500000.00, 2.0000, MEDIUM_SHORT_TERM",
            "500000, 999999.99, 500000.00, 2.0000, MEDIUM_STABLE",
            "500000, 999999, 500000.00, 2.0000, MEDIUM_STABLE",
            "500000, 999975, 500000.00, 2.0000, MEDIUM_STABLE",
            "500000, 999950, 500000.00, 1.9999, MEDIUM_STABLE",
            "5000000, 10000000, 5000000.00, 2.0000, LARGE_SHORT_TERM",
            "5000000, 9999999.99, 5000000.00, 2.0000, LARGE_STABLE",
            "499999.99, 999999.98, 499999.99, 2.0000, SMALL_SHORT_TERM",
            "499999.99, 999999.97, 499999.99, 2.0000, SMALL_STABLE",
            // size 500,000 and 5,000,000
            "500000, 0, 500000.00, 0.0000, MEDIUM_STATIC",
            "500000.01, 0, 500000.01, 0.0000, MEDIUM_STATIC",
            "499999.99, 0, 499999.99, 0.0000, SMALL_STATIC",
            "5000000, 0, 5000000.00, 0.0000, LARGE_STATIC",
            "5000000.01, 0, 5000000.01, 0.0000, LARGE_STATIC",
            "4999999.99, 0, 4999999.99, 0.0000, MEDIUM_STATIC"})
    void classifiesOnTheExactQuotientsAndPublishesThemRounded(String assets, String traded, String average,
                                                              String turnover, Segment segment) {
        Classification c = RULES.classify(AS_OF, Map.of(AS_OF, new BigDecimal(assets)),
                Map.of(AS_OF, new BigDecimal(traded)));
        assertEquals(new BigDecimal(average), c.averageAssets());
        assertEquals(new BigDecimal(turnover), c.turnover());
        assertEquals(segment, c.segment());
    }

    /**
     * Means over several reported days that do not divide evenly: the size and the activity follow
     * the exact mean and quotient, not the rounded averageAssets.
     */
    @ParameterizedTest(name = "daily assets {0}, traded {1} -> {2} {3} {4}")
    @CsvSource({
            // mean 499,999.995: published 500,000.00 (half-even), exactly below MEDIUM
            "499999.99;500000.00, 0, 500000.00, 0.0000, SMALL_STATIC",
            "500000.00;500000.01, 0, 500000.00, 0.0000, MEDIUM_STATIC",
            // mean 4,999,999.995: published 5,000,000.00, exactly below LARGE
            "4999999.99;5000000.00, 0, 5000000.00, 0.0000, MEDIUM_STATIC",
            // 49,999.9995 ÷ 499,999.995 = 0.1 exactly; a hair less is STATIC
            "499999.99;500000.00, 49999.9995, 500000.00, 0.1000, SMALL_STABLE",
            "499999.99;500000.00, 49999.9994, 500000.00, 0.1000, SMALL_STATIC",
            "499999.99;500000.00, 49999.99, 500000.00, 0.1000, SMALL_STATIC",
            // mean 1,000,000.333…: 100,000.03 ÷ it is 0.09999999… (STATIC); 100,000.04 ÷ it is 0.1000000066… (STABLE)
            "1000000;1000000;1000001, 100000.03, 1000000.33, 0.1000, MEDIUM_STATIC",
            "1000000;1000000;1000001, 100000.04, 1000000.33, 0.1000, MEDIUM_STABLE",
            // 2,000,000.66 ÷ 1,000,000.333… = 1.99999999… (STABLE); 2,000,000.67 is SHORT_TERM
            "1000000;1000000;1000001, 2000000.66, 1000000.33, 2.0000, MEDIUM_STABLE",
            "1000000;1000000;1000001, 2000000.67, 1000000.33, 2.0000, MEDIUM_SHORT_TERM"})
    void classifiesOnTheExactMeanOfSeveralDays(String dailyAssets, String traded, String average, String turnover,
                                               Segment segment) {
        Map<LocalDate, BigDecimal> assets = new HashMap<>();
        String[] days = dailyAssets.split(";");
        for (int i = 0; i < days.length; i++) {
            assets.put(AS_OF.minusDays(i), new BigDecimal(days[i]));
        }
        Classification c = RULES.classify(AS_OF, assets, Map.of(AS_OF, new BigDecimal(traded)));
        assertEquals(new BigDecimal(average), c.averageAssets());
        assertEquals(new BigDecimal(turnover), c.turnover());
        assertEquals(segment, c.segment());
    }

    @ParameterizedTest(name = "a balance on {0} is in the window ending 2026-03-31: {1}")
    @CsvSource({
            "2026-03-31, true",
            "2026-03-02, true",
            "2026-03-01, false",
            "2026-04-01, false"})
    void windowEdgesForBalances(LocalDate day, boolean counted) {
        Map<LocalDate, BigDecimal> assets = new HashMap<>();
        assets.put(AS_OF, new BigDecimal("1000000"));
        assets.put(day, day.equals(AS_OF) ? new BigDecimal("1000000") : new BigDecimal("3000000"));
        Classification c = RULES.classify(AS_OF, assets, Map.of());
        BigDecimal expected = counted && !day.equals(AS_OF) ? new BigDecimal("2000000.00") : new BigDecimal("1000000.00");
        assertEquals(expected, c.averageAssets());
        assertEquals(RULES.inWindow(day, AS_OF), counted);
    }

    @ParameterizedTest(name = "a trade on {0} counts in the window ending 2026-03-31: {1}")
    @CsvSource({
            "2026-03-31, true",
            "2026-03-02, true",
            "2026-03-01, false",
            "2026-04-01, false"})
    void windowEdgesForTrades(LocalDate day, boolean counted) {
        Classification c = RULES.classify(AS_OF, Map.of(AS_OF, new BigDecimal("1000000")),
                Map.of(day, new BigDecimal("500000")));
        assertEquals(counted ? new BigDecimal("0.5000") : new BigDecimal("0.0000"), c.turnover());
    }

    @Test
    void averageCountsOnlyDaysWithAReport() {
        Map<LocalDate, BigDecimal> assets = Map.of(
                AS_OF, new BigDecimal("900000"),
                AS_OF.minusDays(10), new BigDecimal("100000"));
        Classification c = RULES.classify(AS_OF, assets, Map.of());
        assertEquals(new BigDecimal("500000.00"), c.averageAssets());
        assertEquals(Size.MEDIUM, c.size());
    }

    @Test
    void emptyAssetsGiveZeroTurnoverAndSmallStaticWhateverWasTraded() {
        Classification c = RULES.classify(AS_OF, Map.of(AS_OF, BigDecimal.ZERO),
                Map.of(AS_OF, new BigDecimal("250000")));
        assertEquals(new BigDecimal("0.00"), c.averageAssets());
        assertEquals(new BigDecimal("0.0000"), c.turnover());
        assertEquals(Segment.SMALL_STATIC, c.segment());
        assertEquals(Priority.STANDARD, c.priority());
    }

    @Test
    void averageAndTurnoverRoundHalfEven() {
        // (1 + 1 + 0.05) / 3 = 0.68333.. -> 0.68; 0.01 / 0.68 = 0.0147058.. -> 0.0147
        Map<LocalDate, BigDecimal> assets = Map.of(AS_OF, BigDecimal.ONE, AS_OF.minusDays(1), BigDecimal.ONE,
                AS_OF.minusDays(2), new BigDecimal("0.05"));
        Classification c = RULES.classify(AS_OF, assets, Map.of(AS_OF, new BigDecimal("0.01")));
        assertEquals(new BigDecimal("0.68"), c.averageAssets());
        assertEquals(new BigDecimal("0.0147"), c.turnover());
    }
}

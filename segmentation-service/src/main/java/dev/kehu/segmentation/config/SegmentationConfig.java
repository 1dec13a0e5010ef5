package dev.kehu.segmentation.config;

import java.math.BigDecimal;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every key of the service: the segmentation rules' numbers (defaults as in
 * {@code docs/domain.md#4-segmentation-size--activity}) and the feed consumer's state cache.
 */
@ConfigMapping(prefix = "kehu.segmentation")
public interface SegmentationConfig {

    /** Length of the trailing window in calendar days, ending at (and including) the latest balance asOf. */
    @WithDefault("30")
    int windowDays();

    /** Average assets (CNY) from which a client is LARGE. */
    @WithDefault("5000000")
    BigDecimal largeThreshold();

    /** Average assets (CNY) from which a client is MEDIUM (below it: SMALL). */
    @WithDefault("500000")
    BigDecimal mediumThreshold();

    /** Turnover below which a client is STATIC. */
    @WithDefault("0.1")
    BigDecimal staticTurnoverBelow();

    /** Turnover from which a client is SHORT_TERM. */
    @WithDefault("2.0")
    BigDecimal shortTermTurnoverFrom();

    /** Decimal places averageAssets is rounded to (half-even) before it is compared and published. */
    @WithDefault("2")
    int assetsScale();

    /** Decimal places turnover is rounded to (half-even) before it is compared and published. */
    @WithDefault("4")
    int turnoverScale();

    /** The exchange's time zone: a trade's executedAt counts for the trading day it falls on there. */
    @WithDefault("Asia/Shanghai")
    ZoneId tradingZone();

    /**
     * Client states the feed consumer keeps in memory between batches (10–15 KB each, held softly: under
     * memory pressure they are dropped and reloaded). Keep it above the number of clients a day's feed
     * visits: a least-recently-used cache smaller than that cycle misses on every visit.
     */
    @WithDefault("100000")
    int stateCacheClients();

    /**
     * The most feed records one transaction takes: each takes everything polled since the last one (a
     * steady feed polls small batches while one is applied), up to this many; a single larger poll is still
     * taken whole. 4,000 let a probe wait behind a long transaction (p99 527-665 ms at 2,000 ev/s); 500
     * measured p50 18-19 ms, p99 70-191 ms, with the bulk ingest no slower (benchmark/README.md).
     */
    @WithDefault("500")
    int batchRecords();
}

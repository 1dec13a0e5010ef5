package dev.kehu.bench;

import java.util.Map;

/**
 * The performance targets (issue 17, round two), in one place: the report marks each figure met or missed
 * against these, so a new round changes this table, not the phases.
 */
final class Targets {

    /**
     * Segmentation ingest, events/s, and its share of the same-work ceiling of the same run (the rows and
     * indexes an ingested event leads to, written by the simplest code: issue 28).
     */
    static final double INGEST_PER_SECOND = 12_000;
    static final double INGEST_SHARE_OF_SAME_WORK = 0.60;
    /** Trade → segment-changed p50 and p99 at the latency run's feed rate ({@link Options#latencyRate()}, 2,000 ev/s). */
    static final double LATENCY_P50_MS = 30;
    static final double LATENCY_P99_MS = 100;
    /** Risk-assessment submissions: p99 at the open-loop rate ({@link Options#restRate()}, 500 req/s). */
    static final double SUBMISSION_P99_MS = 20;
    static final int SUBMISSION_RATE = 500;
    /**
     * Overload (issue 23): an open loop at this multiple of the measured capacity gets only 2xx and 503s
     * with Retry-After, each within this many ms, and nothing unanswered.
     */
    static final double OVERLOAD_FACTOR = 3;
    static final long OVERLOAD_ANSWER_MS = 2_000;
    /** Rebuild (replay) speed per service, events/s. */
    static final Map<String, Double> REPLAY_PER_SECOND = Map.of(
            "segmentation-service", 100_000.0,
            "profiling-service", 30_000.0,
            "retention-service", 30_000.0);

    private Targets() {
    }

    static String atLeast(double v, String unit) {
        return String.format(">= %,.0f %s", v, unit);
    }

    static String below(double v, String unit) {
        return String.format("< %,.0f %s", v, unit);
    }
}

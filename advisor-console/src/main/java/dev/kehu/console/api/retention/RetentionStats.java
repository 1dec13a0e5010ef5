package dev.kehu.console.api.retention;

import java.math.BigDecimal;
import java.util.List;

/** Retention outcomes overall, by reason and by segment. */
public record RetentionStats(Outcomes total, List<Outcomes> byReasonCategory, List<Outcomes> bySegment,
        BigDecimal medianHoursToClose) {

    public RetentionStats {
        byReasonCategory = byReasonCategory == null ? List.of() : byReasonCategory;
        bySegment = bySegment == null ? List.of() : bySegment;
    }

    /** Task counts by outcome for one group; the stacked bars of the stats page. */
    public record Outcomes(String group, long opened, long open, long retained, long partiallyRetained, long lost) {
    }
}

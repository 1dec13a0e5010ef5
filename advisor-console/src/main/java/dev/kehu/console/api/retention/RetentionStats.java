package dev.kehu.console.api.retention;

import java.math.BigDecimal;
import java.util.List;

/** Retention outcomes overall, by reason, by segment and by advisor (the task's assignee). */
public record RetentionStats(Outcomes total, List<Outcomes> byReasonCategory, List<Outcomes> bySegment,
        List<Outcomes> byAdvisor, BigDecimal medianHoursToClose) {

    public RetentionStats {
        byReasonCategory = byReasonCategory == null ? List.of() : byReasonCategory;
        bySegment = bySegment == null ? List.of() : bySegment;
        byAdvisor = byAdvisor == null ? List.of() : byAdvisor;
    }

    /** Task counts by outcome for one group; the stacked bars of the stats page. */
    public record Outcomes(String group, long opened, long open, long retained, long partiallyRetained, long lost) {

        /** The same counts under another name (the group's label in the page's language, for a chart). */
        public Outcomes named(String name) {
            return new Outcomes(name, opened, open, retained, partiallyRetained, lost);
        }
    }
}

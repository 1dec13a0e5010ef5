package dev.kehu.console.api.retention;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A reactivation campaign and what it achieved so far. */
public record Campaign(String campaignId, String name, LocalDate startsOn, LocalDate endsOn, Stats stats) {

    public Campaign {
        stats = stats == null ? new Stats(0, 0, 0, null) : stats;
    }

    /** rate = reactivated ÷ members. */
    public record Stats(long members, long contacted, long reactivated, BigDecimal rate) {
    }
}

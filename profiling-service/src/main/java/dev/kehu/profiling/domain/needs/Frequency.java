package dev.kehu.profiling.domain.needs;

/** How often a reminder is wanted (提醒频率). */
public enum Frequency {
    DAILY, WEEKLY, MONTHLY, QUARTERLY
}

package dev.kehu.profiling.domain.needs;

/** What a reminder is about (提醒内容), docs/domain.md#service-needs. */
public enum ReminderContent {
    MARKET_ALERT, STRATEGY, PORTFOLIO_REVIEW, REASSESSMENT, REACTIVATION, NEW_PRODUCT, EVENT_INVITATION
}

package dev.kehu.retention.domain.client;

/** The codes of a recorded contact (docs/domain.md#service-plans) and of a reminder (docs/domain.md#reminders). */
public final class ContactCodes {

    private ContactCodes() {
    }

    public enum Channel { PHONE, VISIT, WECHAT, SMS, EMAIL, SEMINAR }

    public enum Direction { OUTBOUND, INBOUND }

    public enum Purpose { SERVICE_REVIEW, STRATEGY_REMINDER, RETENTION, REACTIVATION, COMPLAINT_FOLLOW_UP, OTHER }

    /** What a reminder (策略提醒) is about; a contact carrying one clears that reminder (docs/domain.md#reminders). */
    public enum Content { MARKET_ALERT, STRATEGY, PORTFOLIO_REVIEW, REASSESSMENT, REACTIVATION, NEW_PRODUCT, EVENT_INVITATION }

    /** How often a client wants a reminder (docs/domain.md#reminders). */
    public enum Frequency { DAILY, WEEKLY, MONTHLY, QUARTERLY }
}

package dev.kehu.retention.domain.client;

/** The codes of a recorded contact (docs/domain.md#service-plans). */
public final class ContactCodes {

    private ContactCodes() {
    }

    public enum Channel { PHONE, VISIT, WECHAT, SMS, EMAIL, SEMINAR }

    public enum Direction { OUTBOUND, INBOUND }

    public enum Purpose { SERVICE_REVIEW, STRATEGY_REMINDER, RETENTION, REACTIVATION, COMPLAINT_FOLLOW_UP, OTHER }
}

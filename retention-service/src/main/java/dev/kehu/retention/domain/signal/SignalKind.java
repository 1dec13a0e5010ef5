package dev.kehu.retention.domain.signal;

/** What made a client look likely to leave (docs/domain.md#churn-signals). */
public enum SignalKind {
    TRANSFER_OUT_REQUESTED,
    CLOSURE_REQUESTED,
    ASSET_OUTFLOW,
    LARGE_WITHDRAWAL,
    SEGMENT_DOWNGRADE,
    COMPLAINT,
    SERVICE_SHORTFALL,
    /** No contact for more than twice the tier's contact interval (docs/domain.md#service-plans). */
    NEGLECT;

    /** Kinds that raise an alert whatever the score: the client has said they are leaving. */
    public boolean alwaysAlerts() {
        return this == TRANSFER_OUT_REQUESTED || this == CLOSURE_REQUESTED;
    }
}

package dev.kehu.retention.domain.client;

/**
 * The kinds of back-office account event (docs/contract.md#backofficeaccount-events); ADVISOR_ASSIGNED puts the
 * client in an advisor's book (docs/domain.md#advisor-book) and raises no signal. TRANSFER_OUT_COMPLETED 转户完成
 * and ACCOUNT_CLOSED 销户完成 are outcomes: the client has left (docs/domain.md#learned-weights), no signal.
 */
public enum AccountEventKind {
    TRANSFER_OUT_REQUESTED, CLOSURE_REQUESTED, COMPLAINT_FILED, WITHDRAWAL, ADVISOR_ASSIGNED, TRANSFER_OUT_COMPLETED,
    ACCOUNT_CLOSED;

    /** Whether the event says the client has left the branch. */
    public boolean isOutcome() {
        return this == TRANSFER_OUT_COMPLETED || this == ACCOUNT_CLOSED;
    }
}

package dev.kehu.retention.domain.client;

/**
 * The kinds of back-office account event (docs/contract.md#backofficeaccount-events); ADVISOR_ASSIGNED puts the
 * client in an advisor's book (docs/domain.md#advisor-book) and raises no signal.
 */
public enum AccountEventKind {
    TRANSFER_OUT_REQUESTED, CLOSURE_REQUESTED, COMPLAINT_FILED, WITHDRAWAL, ADVISOR_ASSIGNED
}

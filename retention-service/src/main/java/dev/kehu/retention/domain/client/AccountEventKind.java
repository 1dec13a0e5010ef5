package dev.kehu.retention.domain.client;

/** The kinds of back-office account event (docs/contract.md#backofficeaccount-events). */
public enum AccountEventKind {
    TRANSFER_OUT_REQUESTED, CLOSURE_REQUESTED, COMPLAINT_FILED, WITHDRAWAL
}

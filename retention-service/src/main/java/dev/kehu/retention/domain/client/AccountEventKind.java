package dev.kehu.retention.domain.client;

/** The kinds of back-office account event (SPEC §1). */
public enum AccountEventKind {
    TRANSFER_OUT_REQUESTED, CLOSURE_REQUESTED, COMPLAINT_FILED, WITHDRAWAL
}

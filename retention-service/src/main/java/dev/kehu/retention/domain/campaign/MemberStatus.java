package dev.kehu.retention.domain.campaign;

/** Where a campaign member stands (docs/domain.md#reactivation). */
public enum MemberStatus {
    PENDING, CONTACTED, REACTIVATED, NOT_REACTIVATED;

    public boolean isFinal() {
        return this == REACTIVATED || this == NOT_REACTIVATED;
    }
}

package dev.kehu.retention.domain.signal;

import dev.kehu.retention.domain.signal.RiskLevel;

/** How urgently a retention task must be worked: P1 first. */
public enum TaskPriority {
    P1, P2, P3;

    /**
     * docs/domain.md#task-priority: P1 for a KEY client or CRITICAL risk, P2 for an IMPORTANT client or
     * HIGH risk, else P3.
     */
    public static TaskPriority of(String clientPriority, RiskLevel level) {
        if ("KEY".equals(clientPriority) || level == RiskLevel.CRITICAL) {
            return P1;
        }
        if ("IMPORTANT".equals(clientPriority) || level == RiskLevel.HIGH) {
            return P2;
        }
        return P3;
    }

    /** The more urgent of the two. */
    public TaskPriority max(TaskPriority other) {
        return compareTo(other) <= 0 ? this : other;
    }
}

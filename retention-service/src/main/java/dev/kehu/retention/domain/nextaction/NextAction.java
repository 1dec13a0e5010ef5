package dev.kehu.retention.domain.nextaction;

import java.time.Instant;
import java.time.LocalDate;

import dev.kehu.retention.domain.plan.Tier;

/**
 * One thing an advisor could do next for a client (docs/domain.md#next-actions), before ranking.
 *
 * @param reasonCode  a code of the rules' reasons, shown with its zh/en text
 * @param dueAt       a task's due time (null for the other kinds), which orders tasks of one priority
 * @param overdueDays days past {@code dueOn} today (0 on the due day)
 * @param priority    a TASK's priority P1–P3; for the other kinds the client's priority KEY / IMPORTANT /
 *                    STANDARD (null for a client never classified)
 * @param tier        the client's service tier, which weighs its overdue days (null: never classified)
 * @param channel     the client's preferred channel for this item, when known
 * @param personality the client's personality code, when known
 */
public record NextAction(NextActionKind kind, String clientId, String reasonCode, LocalDate dueOn, Instant dueAt,
                         long overdueDays, String priority, Tier tier, String channel, String personality,
                         String taskId, String campaignId) {
}

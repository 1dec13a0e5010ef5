package dev.kehu.console.api.retention;

import java.time.LocalDate;

import dev.kehu.console.api.Bilingual;

/**
 * One item of an advisor's ranked next actions (docs/contract.md#the-advisors-book): what to do for which
 * client, why (in both languages), when it is due, and how the client likes to be reached.
 */
public record NextAction(String kind, String clientId, Reason reason, LocalDate dueOn, long overdueDays, String priority,
        String channel, String personality, Link link) {

    /** Why the item is on the list, as retention-service says it. */
    public record Reason(String code, String zh, String en) implements Bilingual {
    }

    /** The task or campaign the item belongs to (null when neither). */
    public record Link(String taskId, String campaignId) {
    }

    /** Where to act on it: its task page, else the client's page. */
    public String href() {
        if ("TASK".equals(kind) && link != null && link.taskId() != null) {
            return "/tasks/" + link.taskId();
        }
        return "/clients/" + clientId;
    }

    public boolean overdue() {
        return overdueDays > 0;
    }
}

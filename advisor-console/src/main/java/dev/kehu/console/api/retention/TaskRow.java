package dev.kehu.console.api.retention;

import java.time.Instant;

/** One task of the work queue (the worklist, a client's tasks). */
public record TaskRow(String taskId, String clientId, String stage, String priority, Instant dueAt, int riskScore,
        String riskLevel, String clientSegment, String outcome) {

    /** The same row with the client's segment as it is now (the task keeps the segment it was opened with, if any). */
    public TaskRow withSegment(String segment) {
        return new TaskRow(taskId, clientId, stage, priority, dueAt, riskScore, riskLevel, segment, outcome);
    }

    /** An open task whose due time has passed. */
    public boolean overdueAt(Instant now) {
        return dueAt != null && !"CLOSED".equals(stage) && dueAt.isBefore(now);
    }
}

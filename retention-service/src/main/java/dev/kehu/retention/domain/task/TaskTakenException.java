package dev.kehu.retention.domain.task;

/**
 * A claim on a task another advisor already has: the REST layer answers 409 naming the assignee; only a
 * manager reassigns a task (docs/domain.md#cpr).
 */
public class TaskTakenException extends RuntimeException {

    private final String assignee;

    public TaskTakenException(String taskId, String assignee) {
        super("task " + taskId + " is assigned to " + assignee + "; a manager may reassign it");
        this.assignee = assignee;
    }

    public String assignee() {
        return assignee;
    }
}

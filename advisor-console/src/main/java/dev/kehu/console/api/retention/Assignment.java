package dev.kehu.console.api.retention;

/** The body of {@code POST /retention-tasks/{taskId}/assign}: the advisor the task goes to. */
public record Assignment(String advisorId) {
}

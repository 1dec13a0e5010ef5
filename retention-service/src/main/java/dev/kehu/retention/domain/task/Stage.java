package dev.kehu.retention.domain.task;

/** How far a task's CPR conversation has come: the last step recorded. */
public enum Stage {
    OPENED, COMPREHEND, PROPOSE, RESPOND, CLOSED
}

package dev.kehu.retention.domain.task;

import java.util.List;

import dev.kehu.retention.domain.task.Codes.Step;

/** A step the task's stage does not allow: the REST layer answers 409 with the allowed next steps. */
public class IllegalStepException extends RuntimeException {

    private final Step step;
    private final Stage stage;
    private final List<Step> allowed;

    public IllegalStepException(Step step, Stage stage, List<Step> allowed) {
        super(step + " is not allowed at stage " + stage + "; allowed next steps: " + allowed);
        this.step = step;
        this.stage = stage;
        this.allowed = List.copyOf(allowed);
    }

    public Step step() {
        return step;
    }

    public Stage stage() {
        return stage;
    }

    public List<Step> allowed() {
        return allowed;
    }
}

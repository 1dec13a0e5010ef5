package dev.kehu.console.api.retention;

import java.util.List;

import dev.kehu.console.api.retention.TaskView.PlanStep;

/** The body of a step on a task, one record per step (docs/contract.md, "retention-tasks"). */
public sealed interface TaskStep {

    record Comprehension(String reasonCategory, String trigger, String driver, String rootCause, String notes)
            implements TaskStep {
    }

    record Proposal(List<PlanStep> steps) implements TaskStep {
    }

    record Response(String answer, String notes) implements TaskStep {
    }

    record Close(String outcome, String notes) implements TaskStep {
    }

    record Lscpa(String step, String notes) implements TaskStep {
    }
}

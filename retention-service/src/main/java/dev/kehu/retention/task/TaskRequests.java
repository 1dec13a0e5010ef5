package dev.kehu.retention.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.retention.domain.task.Codes.Answer;
import dev.kehu.retention.domain.task.Codes.LscpaStep;
import dev.kehu.retention.domain.task.Codes.Outcome;
import dev.kehu.retention.domain.task.Codes.ReasonCategory;
import dev.kehu.retention.domain.task.TaskEvent.PlanStep;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The bodies of the CPR steps (docs/domain.md#cpr). Their constraints are checked at the REST edge,
 * every offending field named in one 400; a plan's levels are checked by {@link Proposal#plan()}.
 */
public final class TaskRequests {

    static final int MAX_TEXT = 2000;
    static final int MAX_ID = 100;

    private TaskRequests() {
    }

    public record Comprehension(@NotNull ReasonCategory reasonCategory,
                                @NotBlank @Size(max = MAX_TEXT) String trigger,
                                @NotBlank @Size(max = MAX_TEXT) String driver,
                                @NotBlank @Size(max = MAX_TEXT) String rootCause,
                                @Size(max = MAX_TEXT) String notes) {
    }

    public record Proposal(@NotEmpty(message = "at least one step is required") List<PlanStep> steps) {

        /** The plan's steps by level: levels run from 1 to at most the number of steps, without gaps. */
        List<PlanStep> plan() {
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                PlanStep s = steps.get(i);
                if (s == null) {
                    errors.add(new FieldError("steps[" + i + "]", "must be an object with level and action"));
                    continue;
                }
                if (s.level() < 1 || s.level() > steps.size()) {
                    errors.add(new FieldError("steps[" + i + "].level",
                            "must be from 1 to the number of steps (" + steps.size() + ")"));
                }
                if (s.action() == null || s.action().isBlank()) {
                    errors.add(new FieldError("steps[" + i + "].action", "is required"));
                } else if (s.action().length() > MAX_TEXT) {
                    errors.add(new FieldError("steps[" + i + "].action", "at most " + MAX_TEXT + " characters"));
                }
            }
            throwIfAny(errors);
            List<PlanStep> sorted = new ArrayList<>(steps);
            sorted.sort(Comparator.comparingInt(PlanStep::level));
            long distinct = sorted.stream().mapToInt(PlanStep::level).distinct().count();
            if (sorted.get(sorted.size() - 1).level() != distinct) {
                errors.add(new FieldError("steps", "levels must run from 1 without gaps (several steps may share a level)"));
            }
            throwIfAny(errors);
            return List.copyOf(sorted);
        }
    }

    public record Response(@NotNull Answer answer, @Size(max = MAX_TEXT) String notes) {
    }

    public record Close(@NotNull Outcome outcome, @Size(max = MAX_TEXT) String notes) {
    }

    public record Lscpa(@NotNull LscpaStep step, @Size(max = MAX_TEXT) String notes) {
    }

    public record Assign(@NotBlank @Size(max = MAX_ID) String advisorId) {
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
    }
}

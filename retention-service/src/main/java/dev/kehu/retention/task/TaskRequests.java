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

/** The bodies of the task endpoints (SPEC §5), each checked field by field into a 400. */
public final class TaskRequests {

    static final int MAX_TEXT = 2000;

    private TaskRequests() {
    }

    public record Comprehension(ReasonCategory reasonCategory, String trigger, String driver, String rootCause,
                                String notes) implements Body {
        @Override
        public void validate() {
            Errors e = new Errors();
            e.required("reasonCategory", reasonCategory);
            e.text("trigger", trigger, true);
            e.text("driver", driver, true);
            e.text("rootCause", rootCause, true);
            e.text("notes", notes, false);
            e.throwIfAny();
        }
    }

    public record Proposal(List<PlanStep> steps) implements Body {
        @Override
        public void validate() {
            validSteps();
        }

        /** The plan's steps by level; levels must run 1..n without gaps. */
        List<PlanStep> validSteps() {
            Errors e = new Errors();
            if (steps == null || steps.isEmpty()) {
                e.add("steps", "at least one step is required");
                e.throwIfAny();
            }
            for (int i = 0; i < steps.size(); i++) {
                PlanStep s = steps.get(i);
                if (s == null) {
                    e.add("steps[" + i + "]", "must be an object with level and action");
                    continue;
                }
                if (s.level() < 1 || s.level() > steps.size()) {
                    e.add("steps[" + i + "].level", "must be from 1 to the number of steps (" + steps.size() + ")");
                }
                e.text("steps[" + i + "].action", s.action(), true);
            }
            e.throwIfAny();
            List<PlanStep> sorted = new ArrayList<>(steps);
            sorted.sort(Comparator.comparingInt(PlanStep::level));
            long distinct = sorted.stream().mapToInt(PlanStep::level).distinct().count();
            if (sorted.get(sorted.size() - 1).level() != distinct) {
                e.add("steps", "levels must run from 1 without gaps (several steps may share a level)");
            }
            e.throwIfAny();
            return List.copyOf(sorted);
        }
    }

    public record Response(Answer answer, String notes) implements Body {
        @Override
        public void validate() {
            codeWithNotes("answer", answer, notes);
        }
    }

    public record Close(Outcome outcome, String notes) implements Body {
        @Override
        public void validate() {
            codeWithNotes("outcome", outcome, notes);
        }
    }

    public record Lscpa(LscpaStep step, String notes) implements Body {
        @Override
        public void validate() {
            codeWithNotes("step", step, notes);
        }
    }

    public record Assign(String advisorId) implements Body {
        @Override
        public void validate() {
            Errors e = new Errors();
            e.text("advisorId", advisorId, true);
            if (advisorId != null && advisorId.length() > 100) {
                e.add("advisorId", "at most 100 characters");
            }
            e.throwIfAny();
        }
    }

    /** A request body that checks itself: every problem in one 400. */
    interface Body {
        void validate();
    }

    /** The Respond, Close and LSCPA bodies: one required code, and notes if the advisor has any. */
    static void codeWithNotes(String field, Enum<?> code, String notes) {
        Errors e = new Errors();
        e.required(field, code);
        e.text("notes", notes, false);
        e.throwIfAny();
    }

    static void requireBody(Object body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "a JSON body is required");
        }
    }

    /** Collects every problem so one 400 names all offending fields. */
    static final class Errors {
        private final List<FieldError> errors = new ArrayList<>();

        void add(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        void required(String field, Object value) {
            if (value == null) {
                add(field, "is required");
            }
        }

        void text(String field, String value, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    add(field, "is required");
                }
            } else if (value.length() > MAX_TEXT) {
                add(field, "at most " + MAX_TEXT + " characters");
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw ProblemException.badRequest(errors);
            }
        }
    }
}

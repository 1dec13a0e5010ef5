package dev.kehu.console.api.retention;

import java.time.Instant;
import java.util.List;

/** A CPR task: where it stands, why it exists, what was recorded at C, P and R, and its history. */
public record TaskView(String clientId, String clientSegment, String assignee, String stage, String outcome, String priority,
        boolean escalated, Instant dueAt, int riskScore, String riskLevel, List<Signal> signals,
        Comprehension comprehension, Proposal proposal, Response response, List<Tick> lscpa,
        List<String> allowedNextSteps, long version, List<HistoryEntry> history) {

    public TaskView {
        lscpa = lscpa == null ? List.of() : lscpa;
        allowedNextSteps = allowedNextSteps == null ? List.of() : allowedNextSteps;
    }

    public record Comprehension(String reasonCategory, String trigger, String driver, String rootCause) {
    }

    public record Proposal(List<PlanStep> steps) {
    }

    public record PlanStep(int level, String action) {
    }

    public record Response(String answer, String notes) {
    }

    /** An LSCPA step ticked off, with what was noted. */
    public record Tick(String step, String notes, String by) {
    }

    public record HistoryEntry(long version, String type, Instant recordedAt, String actor) {
    }

    /** The LSCPA steps already ticked. */
    public List<String> ticked() {
        return lscpa.stream().map(Tick::step).toList();
    }

    /** The notes of a ticked step (none: null). */
    public String notesOf(String step) {
        return lscpa.stream().filter(t -> step.equals(t.step()) && t.notes() != null).map(Tick::notes).findFirst().orElse(null);
    }

    public boolean open() {
        return !"CLOSED".equals(stage);
    }

    public boolean allows(String step) {
        return allowedNextSteps.contains(step);
    }
}

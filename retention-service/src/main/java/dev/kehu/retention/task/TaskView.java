package dev.kehu.retention.task;

import java.time.Instant;
import java.util.List;

import dev.kehu.eventstore.StoredEvent;
import dev.kehu.retention.domain.signal.RiskLevel;
import dev.kehu.retention.domain.signal.Signal;
import dev.kehu.retention.domain.task.Codes.Step;
import dev.kehu.retention.domain.task.TaskEvent.ComprehensionRecorded;
import dev.kehu.retention.domain.task.TaskEvent.LscpaTicked;
import dev.kehu.retention.domain.task.TaskEvent.ProposalRecorded;
import dev.kehu.retention.domain.task.TaskEvent.ResponseRecorded;
import dev.kehu.retention.domain.task.Stage;
import dev.kehu.retention.domain.task.TaskState;
import dev.kehu.retention.domain.task.TaskDecider;
import dev.kehu.retention.domain.signal.TaskPriority;

/** A task as the advisor console shows it: where it stands, why it exists, what was done, by whom. */
public record TaskView(String taskId, String clientId, String status, Stage stage, TaskPriority priority,
                       Instant dueAt, Instant openedAt, boolean escalated, String assignee, int riskScore,
                       RiskLevel riskLevel, String alertId, String clientSegment, String clientPriority,
                       List<Signal> signals, ComprehensionRecorded comprehension, ProposalRecorded proposal,
                       List<ProposalRecorded> proposals, ResponseRecorded response, List<LscpaTicked> lscpa,
                       String outcome, Instant closedAt, List<Step> allowedNextSteps, long version,
                       List<HistoryEntry> history) {

    /** One event of the task: what happened, when it was recorded and who did it. */
    public record HistoryEntry(long version, String type, Instant recordedAt, String actor) {
    }

    /** The task in {@code s} at stream {@code version}, with its stored events as the history. */
    public static TaskView of(TaskState s, long version, List<StoredEvent> events) {
        List<HistoryEntry> history = events.stream().map(TaskView::entry).toList();
        ProposalRecorded latest = s.proposals().isEmpty() ? null : s.proposals().get(s.proposals().size() - 1);
        return new TaskView(s.opened().taskId(), s.opened().clientId(), s.isOpen() ? "OPEN" : "CLOSED", s.stage(),
                s.priority(), s.dueAt(), s.opened().openedAt(), s.escalated(), s.assignee(), s.riskScore(),
                s.riskLevel(), s.opened().alertId(), s.opened().clientSegment(), s.opened().clientPriority(),
                s.signals(), s.comprehension(), latest, s.proposals(), s.response(), s.lscpa(),
                s.closed() == null ? null : s.closed().outcome().name(),
                s.closed() == null ? null : s.closed().closedAt(), TaskDecider.allowedNextSteps(s), version,
                history);
    }

    private static HistoryEntry entry(StoredEvent e) {
        return new HistoryEntry(e.version(), e.type(), e.recordedAt(), e.metadata() == null ? null : e.metadata().actor());
    }
}

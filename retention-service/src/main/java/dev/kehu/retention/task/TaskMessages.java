package dev.kehu.retention.task;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.kehu.eventstore.CloudEvents;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.runtime.EventStoreConfig;
import dev.kehu.retention.domain.task.Stage;
import dev.kehu.retention.domain.task.TaskEvent;
import dev.kehu.retention.domain.task.TaskEvent.ComprehensionRecorded;
import dev.kehu.retention.domain.task.TaskEvent.ProposalRecorded;
import dev.kehu.retention.domain.task.TaskEvent.ResponseRecorded;
import dev.kehu.retention.domain.task.TaskEvent.SignalAttached;
import dev.kehu.retention.domain.task.TaskEvent.TaskClosed;
import dev.kehu.retention.domain.task.TaskEvent.TaskEscalated;
import dev.kehu.retention.domain.task.TaskEvent.TaskOpened;
import dev.kehu.retention.domain.signal.TaskPriority;
import dev.kehu.retention.domain.task.TaskState;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The task events as they are published (docs/contract.md, {@code retention.task-events}), built from
 * stored events. Ids derive from the stream and version and times from the events, so a replay
 * publishes the same CloudEvents.
 */
@ApplicationScoped
public class TaskMessages {

    public static final String TASKS_TOPIC = "retention.task-events";
    public static final String OPENED_TYPE = "retention.task.opened.v1";
    public static final String ADVANCED_TYPE = "retention.task.advanced.v1";
    public static final String ESCALATED_TYPE = "retention.task.escalated.v1";
    public static final String CLOSED_TYPE = "retention.task.closed.v1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaskData(String taskId, String clientId, Stage stage, TaskPriority priority, Instant dueAt, String outcome) {
    }

    private final EventCodec codec;
    private final String source;

    public TaskMessages(EventCodec codec, EventStoreConfig config) {
        this.codec = codec;
        this.source = config.source();
    }

    /**
     * The task events to publish for what was just appended to one task: opened, every CPR step
     * (advanced), a priority raised by a later signal (advanced, stage unchanged), escalated, closed.
     * Each is published in the correlation chain of the event it reports (docs/contract.md).
     */
    public List<OutboxMessage> taskEvents(TaskState before, List<StoredEvent> stored) {
        List<OutboxMessage> out = new ArrayList<>();
        TaskState state = before;
        for (StoredEvent e : stored) {
            TaskEvent event = (TaskEvent) e.event();
            TaskState after = TaskState.evolve(state, event);
            String type = typeOf(event, state, after);
            if (type != null) {
                TaskClosed closed = after.closed();
                TaskData data = new TaskData(event.taskId(), after.opened().clientId(), after.stage(), after.priority(),
                        after.dueAt(), closed == null ? null : closed.outcome().name());
                UUID id = UUID.nameUUIDFromBytes((e.streamId() + ":" + e.version()).getBytes(StandardCharsets.UTF_8));
                out.add(CloudEvents.binary(TASKS_TOPIC, source, type, after.opened().clientId(), id, timeOf(event),
                        codec.toJson(data), e.metadata() == null ? null : e.metadata().correlationId()));
            }
            state = after;
        }
        return out;
    }

    private static String typeOf(TaskEvent event, TaskState before, TaskState after) {
        if (event instanceof TaskOpened) {
            return OPENED_TYPE;
        }
        if (event instanceof ComprehensionRecorded || event instanceof ProposalRecorded
                || event instanceof ResponseRecorded) {
            return ADVANCED_TYPE;
        }
        if (event instanceof SignalAttached) {
            return after.priority() != before.priority() ? ADVANCED_TYPE : null;
        }
        if (event instanceof TaskEscalated) {
            return ESCALATED_TYPE;
        }
        if (event instanceof TaskClosed) {
            return CLOSED_TYPE;
        }
        return null;
    }

    private static Instant timeOf(TaskEvent event) {
        if (event instanceof TaskOpened o) {
            return o.openedAt();
        }
        if (event instanceof ComprehensionRecorded c) {
            return c.recordedAt();
        }
        if (event instanceof ProposalRecorded p) {
            return p.recordedAt();
        }
        if (event instanceof ResponseRecorded r) {
            return r.recordedAt();
        }
        if (event instanceof SignalAttached a) {
            return a.attachedAt();
        }
        if (event instanceof TaskEscalated e) {
            return e.escalatedAt();
        }
        if (event instanceof TaskClosed c) {
            return c.closedAt();
        }
        throw new IllegalArgumentException("no published time for " + event.getClass().getSimpleName());
    }
}

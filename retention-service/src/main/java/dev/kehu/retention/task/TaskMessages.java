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
import dev.kehu.retention.domain.task.TaskEvent.SignalAttached;
import dev.kehu.retention.domain.task.TaskEvent.StepRecorded;
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
            Published published = published(event, state, after);
            if (published != null) {
                TaskClosed closed = after.closed();
                TaskData data = new TaskData(event.taskId(), after.opened().clientId(), after.stage(), after.priority(),
                        after.dueAt(), closed == null ? null : closed.outcome().name());
                UUID id = UUID.nameUUIDFromBytes((e.streamId() + ":" + e.version()).getBytes(StandardCharsets.UTF_8));
                out.add(CloudEvents.binary(TASKS_TOPIC, source, published.type(), after.opened().clientId(), id,
                        published.time(), codec.toJson(data),
                        e.metadata() == null ? null : e.metadata().correlationId()));
            }
            state = after;
        }
        return out;
    }

    /** The type a task event is published as and the time it carries. */
    private record Published(String type, Instant time) {
    }

    /**
     * How an event is published; null for one that is not (an assignment, an LSCPA tick, a signal that
     * raised no priority).
     */
    private static Published published(TaskEvent event, TaskState before, TaskState after) {
        if (event instanceof TaskOpened o) {
            return new Published(OPENED_TYPE, o.openedAt());
        }
        if (event instanceof StepRecorded step) {
            return new Published(ADVANCED_TYPE, step.recordedAt());
        }
        if (event instanceof SignalAttached a) {
            return after.priority() != before.priority() ? new Published(ADVANCED_TYPE, a.attachedAt()) : null;
        }
        if (event instanceof TaskEscalated e) {
            return new Published(ESCALATED_TYPE, e.escalatedAt());
        }
        if (event instanceof TaskClosed c) {
            return new Published(CLOSED_TYPE, c.closedAt());
        }
        return null;
    }
}

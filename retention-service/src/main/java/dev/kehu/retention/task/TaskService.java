package dev.kehu.retention.task;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kehu.eventstore.ConcurrencyConflictException;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.client.ClientEvent;
import dev.kehu.retention.client.ClientEvent.SegmentObserved;
import dev.kehu.retention.client.ClientState;
import dev.kehu.retention.ingest.ClientBatchHandler;
import dev.kehu.retention.publish.RetentionMessages;
import dev.kehu.retention.task.TaskEvent.ClientValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The advisor's side of a task: load, check {@code If-Match}, decide, append, publish — one
 * transaction per request. An illegal step is a 409 naming the steps that are allowed.
 */
@ApplicationScoped
public class TaskService {

    /** Builds the command once the task is loaded and locked (some commands need more data). */
    @FunctionalInterface
    public interface CommandFactory {
        TaskCommand create(Connection c, TaskState state) throws SQLException;
    }

    private final Db db;
    private final EventStore store;
    private final Outbox outbox;
    private final TaskStreams tasks;
    private final RetentionMessages messages;
    private final CurrentRequest request;
    private final Clock clock;

    public TaskService(Db db, EventStore store, Outbox outbox, TaskStreams tasks, RetentionMessages messages,
                       CurrentRequest request, Clock clock) {
        this.db = db;
        this.store = store;
        this.outbox = outbox;
        this.tasks = tasks;
        this.messages = messages;
        this.request = request;
        this.clock = clock;
    }

    @Transactional
    public TaskView get(String taskId) {
        return db.call(c -> TaskView.of(loadExisting(c, taskId)));
    }

    /**
     * Applies a command to the task.
     *
     * @param ifMatch the version the caller read, or null to take the version read here
     */
    @Transactional
    public TaskView change(String taskId, Long ifMatch, CommandFactory factory) {
        return db.call(c -> {
            if (tasks.lock(c, taskId).isEmpty()) {
                throw ProblemException.notFound("no retention task " + taskId);
            }
            TaskStreams.Loaded loaded = tasks.load(c, taskId);
            if (ifMatch != null && ifMatch != loaded.version()) {
                throw new ConcurrencyConflictException(TaskStreams.streamId(taskId), ifMatch, loaded.version());
            }
            List<TaskEvent> events;
            try {
                events = TaskDecider.decide(factory.create(c, loaded.state()), loaded.state());
            } catch (IllegalStepException e) {
                Map<String, Object> ext = new LinkedHashMap<>();
                ext.put("stage", e.stage());
                ext.put("allowedNextSteps", e.allowed());
                throw ProblemException.conflict(e.getMessage(), ext);
            }
            List<StoredEvent> stored = store.append(c, TaskStreams.streamId(taskId), loaded.version(), events,
                    request.metadata());
            outbox.enqueue(c, messages.taskEvents(loaded.state(), stored, request.correlationId()));
            return TaskView.of(tasks.load(c, taskId));
        });
    }

    public String actor() {
        return request.actor();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The client's value as the branch knows it now, from the client's stream. */
    public ClientValue clientValue(Connection c, String clientId) throws SQLException {
        ClientState client = ClientState.fold(store.readStream(c, ClientBatchHandler.streamId(clientId)).stream()
                .map(e -> (ClientEvent) e.event()).toList());
        SegmentObserved segment = client.segment();
        Optional<LocalDate> lastDay = client.lastReportDay(LocalDate.MAX);
        return new ClientValue(segment == null ? null : segment.segment(),
                segment == null ? null : segment.priority().name(), segment == null ? null : segment.averageAssets(),
                lastDay.map(client::totalOn).orElse(null), lastDay.orElse(null));
    }

    private TaskStreams.Loaded loadExisting(Connection c, String taskId) throws SQLException {
        TaskStreams.Loaded loaded = tasks.load(c, taskId);
        if (!loaded.state().exists()) {
            throw ProblemException.notFound("no retention task " + taskId);
        }
        return loaded;
    }
}

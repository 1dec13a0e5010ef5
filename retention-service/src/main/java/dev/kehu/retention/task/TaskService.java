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
import java.util.OptionalLong;

import dev.kehu.eventstore.CommandHandler.CommandFor;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.domain.client.ClientEvent;
import dev.kehu.retention.domain.client.ClientEvent.SegmentObserved;
import dev.kehu.retention.domain.client.ClientState;
import dev.kehu.retention.domain.client.ClientDecider;
import dev.kehu.retention.domain.task.IllegalStepException;
import dev.kehu.retention.domain.task.TaskCommand;
import dev.kehu.retention.domain.task.TaskDecider;
import dev.kehu.retention.domain.task.TaskEvent.ClientValue;
import dev.kehu.retention.domain.task.TaskState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The advisor's side of a task: lock its row, then the task {@link dev.kehu.eventstore.CommandHandler}
 * (If-Match, decide, append, publish), one transaction per request. An illegal step is a 409 naming
 * the steps that are allowed.
 */
@ApplicationScoped
public class TaskService {

    @Inject
    Db db;

    @Inject
    EventStore store;

    @Inject
    TaskCommandHandler tasks;

    @Inject
    CurrentRequest request;

    @Inject
    Clock clock;

    @Transactional
    public TaskView get(String taskId) {
        return db.call(c -> {
            var task = tasks.load(c, taskId);
            if (!task.state().exists()) {
                throw ProblemException.notFound("no retention task " + taskId);
            }
            return TaskView.of(task.state(), task.version(), history(c, taskId));
        });
    }

    /**
     * Applies a command to the task.
     *
     * @param ifMatch the version the caller read, or empty to take the version read here
     */
    @Transactional
    public TaskView change(String taskId, OptionalLong ifMatch, CommandFor<TaskState, TaskCommand> command) {
        return db.call(c -> {
            if (tasks.lock(c, taskId).isEmpty()) {
                throw ProblemException.notFound("no retention task " + taskId);
            }
            try {
                var handled = tasks.handle(c, taskId, command, request.metadata(), ifMatch);
                return TaskView.of(handled.state(), handled.version(), history(c, taskId));
            } catch (IllegalStepException e) {
                Map<String, Object> ext = new LinkedHashMap<>();
                ext.put("stage", e.stage());
                ext.put("allowedNextSteps", e.allowed());
                throw ProblemException.conflict(e.getMessage(), ext);
            }
        });
    }

    private List<StoredEvent> history(Connection c, String taskId) throws SQLException {
        return store.readStream(c, TaskDecider.streamId(taskId));
    }

    public String actor() {
        return request.actor();
    }

    public Instant now() {
        return clock.instant();
    }

    /** The client's value as the branch knows it now, from the client's stream. */
    public ClientValue clientValue(Connection c, String clientId) throws SQLException {
        ClientState client = ClientState.fold(store.readStream(c, ClientDecider.streamId(clientId)).stream()
                .map(e -> (ClientEvent) e.event()).toList());
        SegmentObserved segment = client.segment();
        Optional<LocalDate> lastDay = client.lastReportDay(LocalDate.MAX);
        return new ClientValue(segment == null ? null : segment.segment(),
                segment == null ? null : segment.priority().name(), segment == null ? null : segment.averageAssets(),
                lastDay.map(client::totalOn).orElse(null), lastDay.orElse(null));
    }
}

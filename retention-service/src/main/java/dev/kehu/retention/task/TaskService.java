package dev.kehu.retention.task;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.ETags;
import dev.kehu.eventstore.runtime.CurrentRequest;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.retention.domain.client.ClientDecider;
import dev.kehu.retention.domain.client.ClientEvent;
import dev.kehu.retention.domain.client.ClientState;
import dev.kehu.retention.domain.task.IllegalStepException;
import dev.kehu.retention.domain.task.TaskTakenException;
import dev.kehu.retention.domain.task.TaskCommand;
import dev.kehu.retention.domain.task.TaskDecider;
import dev.kehu.retention.domain.task.TaskEvent.ClientValue;
import dev.kehu.retention.domain.task.TaskEvent.PlanStep;
import dev.kehu.retention.domain.task.TaskState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The advisor's side of a task (docs/domain.md#cpr), one transaction per request: each step locks the
 * task's row, checks {@code If-Match}, builds its command with who asks and when, and runs it on the
 * task's stream. An illegal step is a 409 naming the steps that are allowed.
 */
@ApplicationScoped
@Transactional
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

    public TaskView get(String taskId) {
        return db.call(c -> {
            var task = tasks.load(c, taskId);
            if (!task.state().exists()) {
                throw ProblemException.notFound("no retention task " + taskId);
            }
            return TaskView.of(task.state(), task.version(), history(c, taskId));
        });
    }

    /** C: why the client is leaving, with its value as the client's stream tells it now. */
    public TaskView comprehend(String taskId, String ifMatch, TaskRequests.Comprehension body) {
        return change(taskId, ifMatch, (c, task, by, now) -> new TaskCommand.Comprehend(body.reasonCategory(),
                clientValue(c, task.opened().clientId()), body.trigger(), body.driver(), body.rootCause(),
                body.notes(), by, now));
    }

    /** P: a tiered plan. */
    public TaskView propose(String taskId, String ifMatch, TaskRequests.Proposal body) {
        List<PlanStep> plan = body.plan();
        return change(taskId, ifMatch, (c, task, by, now) -> new TaskCommand.Propose(plan, by, now));
    }

    /** R: the client's answer. */
    public TaskView respond(String taskId, String ifMatch, TaskRequests.Response body) {
        return change(taskId, ifMatch, (c, task, by, now) -> new TaskCommand.Respond(body.answer(), body.notes(),
                by, now));
    }

    public TaskView close(String taskId, String ifMatch, TaskRequests.Close body) {
        return change(taskId, ifMatch, (c, task, by, now) -> new TaskCommand.Close(body.outcome(), body.notes(),
                by, now));
    }

    public TaskView tickLscpa(String taskId, String ifMatch, TaskRequests.Lscpa body) {
        return change(taskId, ifMatch, (c, task, by, now) -> new TaskCommand.TickLscpa(body.step(), body.notes(),
                by, now));
    }

    public TaskView claim(String taskId, String ifMatch) {
        return change(taskId, ifMatch, (c, task, by, now) -> new TaskCommand.Claim(by, now));
    }

    public TaskView assign(String taskId, String ifMatch, TaskRequests.Assign body) {
        return change(taskId, ifMatch, (c, task, by, now) -> new TaskCommand.Assign(body.advisorId(), by, now));
    }

    /** A step's command, built on the task as loaded, by whom and when. */
    @FunctionalInterface
    private interface Step {
        TaskCommand create(Connection c, TaskState task, String by, Instant now) throws SQLException;
    }

    /** Runs a step on the task; {@code ifMatch} (the version the caller read) may be absent. */
    private TaskView change(String taskId, String ifMatch, Step step) {
        OptionalLong expected = ETags.expectedVersion(ifMatch);
        return db.call(c -> {
            if (tasks.lock(c, taskId).isEmpty()) {
                throw ProblemException.notFound("no retention task " + taskId);
            }
            try {
                var handled = tasks.handle(c, taskId,
                        (conn, task) -> step.create(conn, task, request.actor(), clock.instant()),
                        request.metadata(), expected);
                return TaskView.of(handled.state(), handled.version(), history(c, taskId));
            } catch (IllegalStepException e) {
                Map<String, Object> ext = new LinkedHashMap<>();
                ext.put("stage", e.stage());
                ext.put("allowedNextSteps", e.allowed());
                throw ProblemException.conflict(e.getMessage(), ext);
            } catch (TaskTakenException e) {
                throw ProblemException.conflict(e.getMessage(), Map.of("assignee", e.assignee()));
            }
        });
    }

    private List<StoredEvent> history(Connection c, String taskId) throws SQLException {
        return store.readStream(c, TaskDecider.streamId(taskId));
    }

    private ClientValue clientValue(Connection c, String clientId) throws SQLException {
        return ClientState.fold(store.readStream(c, ClientDecider.streamId(clientId)).stream()
                .map(e -> (ClientEvent) e.event()).toList()).value();
    }
}

package dev.kehu.retention.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.CommandHandler.Unit;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.IncomingBatch;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.retention.client.domain.ChurnPolicy;
import dev.kehu.retention.client.domain.ClientCommand;
import dev.kehu.retention.client.domain.ClientEvent;
import dev.kehu.retention.client.domain.ClientEvent.ChurnAlertRaised;
import dev.kehu.retention.client.domain.ClientEvent.SignalRaised;
import dev.kehu.retention.client.domain.ClientState;
import dev.kehu.retention.client.domain.SignalDetector;
import dev.kehu.retention.publish.RetentionMessages;
import dev.kehu.retention.signal.domain.ChurnRules;
import dev.kehu.retention.task.TaskStreams;
import dev.kehu.retention.task.domain.TaskCommand;
import dev.kehu.retention.task.domain.TaskEvent;
import dev.kehu.retention.task.domain.TaskState;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies one polled batch of any feed: per client, under a client lock (the four feeds are
 * consumed concurrently), folds the client stream, detects signals message by message, raises an
 * alert and opens a task or attaches the signal to the open one, and commits both streams through
 * their command handlers in the batch's transaction.
 */
@ApplicationScoped
public class ClientBatchHandler implements IncomingBatch.Handler<ClientCommand> {

    static final String SERVICE = "retention-service";

    private final CommandHandler<ClientState, ClientCommand, ClientEvent> clients;
    private final TaskStreams tasks;
    private final ChurnPolicy policy;

    public ClientBatchHandler(EventStore store, Outbox outbox, TaskStreams tasks, RetentionMessages messages,
                              ChurnRules rules) {
        this.clients = new CommandHandler<>(store, outbox, new SignalDetector(rules),
                (before, appended, metadata) -> alerts(messages, appended, metadata));
        this.tasks = tasks;
        this.policy = new ChurnPolicy(rules);
    }

    private static List<OutboxMessage> alerts(RetentionMessages messages, List<StoredEvent> appended,
                                              EventMetadata metadata) {
        List<OutboxMessage> out = new ArrayList<>();
        for (StoredEvent e : appended) {
            if (e.event() instanceof ChurnAlertRaised) {
                out.add(messages.alert(e, metadata.correlationId()));
            }
        }
        return out;
    }

    @Override
    public void handle(Connection c, List<IncomingBatch.Accepted<ClientCommand>> accepted) throws SQLException {
        // sorted, so two consumers locking several clients always lock them in the same order
        Map<String, List<ClientCommand>> byClient = new TreeMap<>();
        for (IncomingBatch.Accepted<ClientCommand> a : accepted) {
            byClient.computeIfAbsent(a.message().clientId(), k -> new ArrayList<>()).add(a.message());
        }
        for (Map.Entry<String, List<ClientCommand>> client : byClient.entrySet()) {
            handleClient(c, client.getKey(), client.getValue());
        }
    }

    private void handleClient(Connection c, String clientId, List<ClientCommand> commands) throws SQLException {
        lockClient(c, clientId);
        // the client lock orders the writers; the expected versions only guard against a bug
        Unit<ClientState, ClientCommand, ClientEvent> client = clients.load(c, SignalDetector.streamId(clientId));
        Optional<String> openTaskId = tasks.lockOpenTaskOf(c, clientId);
        Unit<TaskState, TaskCommand, TaskEvent> task = openTaskId.isPresent()
                ? tasks.handler().load(c, TaskStreams.streamId(openTaskId.get())) : null;
        String clientCause = null;
        String taskCause = null;
        for (ClientCommand command : commands) {
            List<ClientEvent> events = client.decide(command);
            clientCause = clientCause == null && !events.isEmpty() ? command.messageId() : clientCause;
            for (ClientEvent event : events) {
                if (!(event instanceof SignalRaised signal)) {
                    continue;
                }
                ChurnPolicy.Decision decision = policy.decide(signal, client.state(),
                        task == null ? TaskState.INITIAL : task.state());
                if (decision.alert() != null) {
                    client.decide(new ClientCommand.RecordAlert(decision.alert(), command.messageId()));
                }
                if (decision.taskCommand() != null) {
                    task = task != null ? task : tasks.handler().create(TaskStreams.streamId(decision.taskId()));
                    task.decide(decision.taskCommand());
                    taskCause = taskCause == null ? command.messageId() : taskCause;
                }
            }
        }
        clients.commit(c, client, EventMetadata.causedByMessage(SERVICE, clientCause));
        if (task != null) {
            tasks.handler().commit(c, task, EventMetadata.causedByMessage(SERVICE, taskCause));
        }
    }

    /** Serializes the four feeds' work on one client, across threads and service instances. */
    private static void lockClient(Connection c, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, SignalDetector.streamId(clientId));
            ps.execute();
        }
    }
}

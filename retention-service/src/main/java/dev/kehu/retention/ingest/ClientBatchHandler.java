package dev.kehu.retention.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.ExpectedVersion;
import dev.kehu.eventstore.IncomingBatch;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.retention.client.ChurnPolicy;
import dev.kehu.retention.client.ClientCommand;
import dev.kehu.retention.client.ClientEvent;
import dev.kehu.retention.client.ClientEvent.ChurnAlertRaised;
import dev.kehu.retention.client.ClientEvent.SignalRaised;
import dev.kehu.retention.client.ClientState;
import dev.kehu.retention.client.SignalDetector;
import dev.kehu.retention.config.RetentionConfig;
import dev.kehu.retention.publish.RetentionMessages;
import dev.kehu.retention.signal.ChurnRules;
import dev.kehu.retention.task.TaskDecider;
import dev.kehu.retention.task.TaskEvent;
import dev.kehu.retention.task.TaskState;
import dev.kehu.retention.task.TaskStreams;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies one polled batch of any feed: per client, under a client lock (the four feeds are
 * consumed concurrently), folds the client stream, detects signals message by message, raises an
 * alert and opens a task or attaches the signal to the open one, and appends and publishes all of
 * it in the batch's transaction.
 */
@ApplicationScoped
public class ClientBatchHandler implements IncomingBatch.Handler<ClientCommand> {

    static final String SERVICE = "retention-service";

    private final EventStore store;
    private final Outbox outbox;
    private final TaskStreams tasks;
    private final RetentionMessages messages;
    private final SignalDetector detector;
    private final ChurnPolicy policy;

    public ClientBatchHandler(EventStore store, Outbox outbox, TaskStreams tasks, RetentionMessages messages,
                              RetentionConfig config) {
        ChurnRules rules = ChurnRules.from(config);
        this.store = store;
        this.outbox = outbox;
        this.tasks = tasks;
        this.messages = messages;
        this.detector = new SignalDetector(rules);
        this.policy = new ChurnPolicy(rules);
    }

    public static String streamId(String clientId) {
        return "client-" + clientId;
    }

    @Override
    public void handle(Connection c, List<IncomingBatch.Accepted<ClientCommand>> accepted) throws SQLException {
        // sorted, so two consumers locking several clients always lock them in the same order
        Map<String, List<ClientCommand>> byClient = new TreeMap<>();
        for (IncomingBatch.Accepted<ClientCommand> a : accepted) {
            byClient.computeIfAbsent(a.message().clientId(), k -> new ArrayList<>()).add(a.message());
        }
        List<OutboxMessage> out = new ArrayList<>();
        for (Map.Entry<String, List<ClientCommand>> client : byClient.entrySet()) {
            out.addAll(handleClient(c, client.getKey(), client.getValue()));
        }
        outbox.enqueue(c, out);
    }

    private List<OutboxMessage> handleClient(Connection c, String clientId, List<ClientCommand> commands)
            throws SQLException {
        lockClient(c, clientId);
        List<StoredEvent> history = store.readStream(c, streamId(clientId));
        ClientState state = ClientState.fold(history.stream().map(e -> (ClientEvent) e.event()).toList());
        long version = history.isEmpty() ? 0 : history.get(history.size() - 1).version();
        Optional<String> openTaskId = tasks.lockOpenTaskOf(c, clientId);
        TaskStreams.Loaded task = openTaskId.isPresent() ? tasks.load(c, openTaskId.get()) : TaskStreams.Loaded.NONE;

        List<ClientEvent> clientEvents = new ArrayList<>();
        List<TaskEvent> taskEvents = new ArrayList<>();
        TaskState taskState = task.state();
        String taskId = openTaskId.orElse(null);
        String clientCause = null;
        String taskCause = null;
        for (ClientCommand command : commands) {
            for (ClientEvent event : detector.decide(command, state)) {
                state = ClientState.evolve(state, event);
                clientEvents.add(event);
                clientCause = clientCause == null ? command.messageId() : clientCause;
                if (!(event instanceof SignalRaised signal)) {
                    continue;
                }
                ChurnPolicy.Decision decision = policy.decide(signal, state, taskState);
                if (decision.alert() != null) {
                    state = ClientState.evolve(state, decision.alert());
                    clientEvents.add(decision.alert());
                }
                if (decision.taskCommand() != null) {
                    List<TaskEvent> decided = TaskDecider.decide(decision.taskCommand(), taskState);
                    for (TaskEvent t : decided) {
                        taskState = TaskState.evolve(taskState, t);
                    }
                    taskEvents.addAll(decided);
                    taskId = decision.taskId();
                    taskCause = taskCause == null ? command.messageId() : taskCause;
                }
            }
        }
        List<OutboxMessage> out = new ArrayList<>();
        if (!clientEvents.isEmpty()) {
            // expected version: the client lock already orders writers, this only guards against a bug
            for (StoredEvent e : store.append(c, streamId(clientId), version, clientEvents,
                    EventMetadata.causedByMessage(SERVICE, clientCause))) {
                if (e.event() instanceof ChurnAlertRaised) {
                    out.add(messages.alert(e, clientCause));
                }
            }
        }
        if (!taskEvents.isEmpty()) {
            long expected = openTaskId.isPresent() ? task.version() : ExpectedVersion.NO_STREAM;
            List<StoredEvent> stored = store.append(c, TaskStreams.streamId(taskId), expected, taskEvents,
                    EventMetadata.causedByMessage(SERVICE, taskCause));
            out.addAll(messages.taskEvents(task.state(), stored, taskCause));
        }
        return out;
    }

    /** Serializes the four feeds' work on one client, across threads and service instances. */
    private static void lockClient(Connection c, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, streamId(clientId));
            ps.execute();
        }
    }
}

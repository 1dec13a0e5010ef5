package dev.kehu.retention.client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.CommandHandler.Unit;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Outbox;
import dev.kehu.eventstore.OutboxMessage;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.retention.domain.client.ChurnPolicy;
import dev.kehu.retention.domain.client.ClientCommand;
import dev.kehu.retention.domain.client.ClientEvent;
import dev.kehu.retention.domain.client.ClientEvent.ChurnAlertRaised;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import dev.kehu.retention.domain.client.ClientState;
import dev.kehu.retention.domain.client.ClientDecider;
import dev.kehu.retention.domain.plan.ServicePlans;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.task.TaskCommandHandler;
import dev.kehu.retention.domain.task.TaskCommand;
import dev.kehu.retention.domain.task.TaskEvent;
import dev.kehu.retention.domain.task.TaskState;
import dev.kehu.retention.domain.weights.WeightHistory;
import dev.kehu.retention.weights.WeightsInForce;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs commands on a client's stream, for everyone who writes one (the feed consumers, the advisors'
 * contacts, the neglect scan): under the client lock, the stream is loaded through the library's
 * {@link CommandHandler}, each command decided, every signal it raises goes through the
 * {@link ChurnPolicy} (an alert and a new task, or attached to the open one:
 * docs/domain.md#churn-alerts), and both streams are committed on the caller's transaction, at the versions read.
 */
@ApplicationScoped
public class ClientCommandHandler {

    /** The write path of one weight set: a signal raised through it carries that set's weight. */
    private record Versioned(int version, CommandHandler<ClientState, ClientCommand, ClientEvent> clients,
                             ChurnPolicy policy) {
    }

    private final EventStore store;
    private final Outbox outbox;
    private final AlertMessages messages;
    private final ChurnRules rules;
    private final ServicePlans plans;
    private final TaskCommandHandler tasks;
    private final WeightsInForce weights;
    private volatile Versioned current;

    public ClientCommandHandler(EventStore store, Outbox outbox, TaskCommandHandler tasks, AlertMessages messages,
                                ChurnRules rules, ServicePlans plans, WeightsInForce weights) {
        this.store = store;
        this.outbox = outbox;
        this.messages = messages;
        this.rules = rules;
        this.plans = plans;
        this.tasks = tasks;
        this.weights = weights;
    }

    /**
     * The write path of the weights in force now (docs/domain.md#learned-weights): a signal raised after an
     * adoption carries the adopted weight; the signals, scores and alerts stored before keep theirs.
     */
    private Versioned inForce(Connection c) throws SQLException {
        WeightHistory.Version version = weights.history(c).inForce();
        Versioned known = current;
        if (known != null && known.version() == version.version()) {
            return known;
        }
        ChurnRules withWeights = rules.withWeights(version.weights());
        Versioned next = new Versioned(version.version(), new CommandHandler<>(store, outbox,
                new ClientDecider(withWeights, plans), (before, appended, metadata) -> alerts(messages, appended,
                metadata)), new ChurnPolicy(withWeights));
        current = next;
        return next;
    }

    private static List<OutboxMessage> alerts(AlertMessages messages, List<StoredEvent> appended,
                                              EventMetadata metadata) {
        List<OutboxMessage> out = new ArrayList<>();
        for (StoredEvent e : appended) {
            if (e.event() instanceof ChurnAlertRaised) {
                // in the chain of the message that raised it (each event carries its own)
                out.add(messages.alert(e, e.metadata().correlationId()));
            }
        }
        return out;
    }

    /** Whether the service has heard of the client at all. */
    public boolean exists(Connection c, String clientId) throws SQLException {
        return store.version(c, ClientDecider.streamId(clientId)) > 0;
    }

    /**
     * Applies one command a member of staff asked for. Staff act only on a client a feed has brought: an
     * unknown id is a 404 rather than the start of a new client stream.
     */
    public List<StoredEvent> applyToKnown(Connection c, ClientCommand command, EventMetadata metadata)
            throws SQLException {
        String clientId = command.clientId();
        if (!exists(c, clientId)) {
            throw ProblemException.notFound("no client " + clientId + " is known to the retention service");
        }
        return apply(c, clientId, List.of(command), cause -> metadata);
    }

    /**
     * Decides {@code commands} on one client, in order, with the churn policy after every signal, and
     * commits. {@code metadataFor} gives the metadata of a command's effects from its message id: each
     * event, on the client stream and the task stream, is stored with its own command's.
     *
     * @return the client events appended
     */
    public List<StoredEvent> apply(Connection c, String clientId, List<? extends ClientCommand> commands,
                                   Function<String, EventMetadata> metadataFor) throws SQLException {
        lockClient(c, clientId);
        Versioned write = inForce(c);
        CommandHandler<ClientState, ClientCommand, ClientEvent> clients = write.clients();
        ChurnPolicy policy = write.policy();
        // the client lock orders the writers; the expected versions catch anyone who did not take it
        Unit<ClientState, ClientCommand, ClientEvent> client = clients.load(c, ClientDecider.streamId(clientId));
        Optional<String> openTaskId = tasks.lockOpenTaskOf(c, clientId);
        Unit<TaskState, TaskCommand, TaskEvent> task = openTaskId.isPresent()
                ? tasks.load(c, openTaskId.get()) : null;
        List<EventMetadata> clientMetadata = new ArrayList<>();
        List<EventMetadata> taskMetadata = new ArrayList<>();
        for (ClientCommand command : commands) {
            List<ClientEvent> events = client.decide(command);
            if (events.isEmpty()) {
                continue;
            }
            EventMetadata metadata = metadataFor.apply(command.messageId());
            repeat(clientMetadata, metadata, events.size());
            for (ClientEvent event : events) {
                if (!(event instanceof SignalRaised signal)) {
                    continue;
                }
                ChurnPolicy.Decision decision = policy.decide(signal, client.state(),
                        task == null ? TaskState.INITIAL : task.state());
                if (decision.alert() != null) {
                    repeat(clientMetadata, metadata, client.decide(new ClientCommand.RecordAlert(decision.alert(),
                            command.messageId())).size());
                }
                if (decision.taskCommand() != null) {
                    task = task != null ? task : tasks.create(decision.taskId());
                    repeat(taskMetadata, metadata, task.decide(decision.taskCommand()).size());
                }
            }
        }
        List<StoredEvent> appended = clientMetadata.isEmpty() ? List.of()
                : clients.commit(c, client, clientMetadata).appended();
        if (task != null && !taskMetadata.isEmpty()) {
            tasks.commit(c, task, taskMetadata);
        }
        return appended;
    }

    private static void repeat(List<EventMetadata> metadata, EventMetadata one, int times) {
        for (int i = 0; i < times; i++) {
            metadata.add(one);
        }
    }

    /** Serializes the work on one client, across threads and service instances. */
    private static void lockClient(Connection c, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, ClientDecider.streamId(clientId));
            ps.execute();
        }
    }
}

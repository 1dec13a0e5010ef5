package dev.kehu.retention.weights;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;

import dev.kehu.eventstore.CommandHandler;
import dev.kehu.eventstore.CommandHandler.Messages;
import dev.kehu.eventstore.EventMetadata;
import dev.kehu.eventstore.EventStore;
import dev.kehu.eventstore.Outbox;
import dev.kehu.retention.domain.weights.ChurnModelEvent;
import dev.kehu.retention.domain.weights.WeightHistory;
import dev.kehu.retention.domain.weights.WeightsDecider;
import jakarta.enterprise.context.ApplicationScoped;

/** Puts a new weight set in force: the next version on the stream {@code churn-weights}. */
@ApplicationScoped
public class WeightsService {

    private final CommandHandler<WeightHistory, WeightsDecider.Adopt, ChurnModelEvent> handler;

    public WeightsService(EventStore store, Outbox outbox, WeightsInForce weights) {
        this.handler = new CommandHandler<>(store, outbox, weights.decider(), Messages.none());
    }

    /** Appends the adoption at the version read; two managers adopting at once: the second gets a 409. */
    public WeightHistory adopt(Connection c, WeightsDecider.Adopt adopt, EventMetadata metadata) throws SQLException {
        return handler.handle(c, WeightsDecider.STREAM, adopt, metadata, OptionalLong.empty()).state();
    }
}

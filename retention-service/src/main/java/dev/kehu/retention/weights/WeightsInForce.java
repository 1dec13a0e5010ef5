package dev.kehu.retention.weights;

import java.sql.Connection;
import java.sql.SQLException;

import dev.kehu.eventstore.EventStore;
import dev.kehu.retention.domain.signal.ChurnRules;
import dev.kehu.retention.domain.weights.WeightHistory;
import dev.kehu.retention.domain.weights.WeightsDecider;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The signal weights in force and their history (docs/domain.md#learned-weights), folded from the stream
 * {@code churn-weights}. Every writer of a client asks it once per transaction; the folded history is kept while
 * the stream's version stays the same, so the question costs one indexed read, and an adoption made on any
 * instance is seen by the next transaction everywhere.
 */
@ApplicationScoped
public class WeightsInForce {

    private record Cached(long streamVersion, WeightHistory history) {
    }

    private final EventStore store;
    private final WeightsDecider decider;
    private volatile Cached cached;

    public WeightsInForce(EventStore store, ChurnRules configured) {
        this.store = store;
        this.decider = new WeightsDecider(configured.weights());
    }

    public WeightsDecider decider() {
        return decider;
    }

    public WeightHistory history(Connection c) throws SQLException {
        long version = store.version(c, WeightsDecider.STREAM);
        Cached known = cached;
        if (known != null && known.streamVersion() == version) {
            return known.history();
        }
        WeightHistory history = decider.fold(store.readStream(c, WeightsDecider.STREAM));
        cached = new Cached(version, history);
        return history;
    }
}

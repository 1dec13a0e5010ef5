package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * A read model kept from events. Applied inline, in the transaction that appends the events, so
 * a read after a write sees it; rebuilt from the whole log by {@link Projections#rebuild}.
 */
public interface Projection {

    /** Stable name, the key of its checkpoint. */
    String name();

    /** Whether this projection wants events of the type. */
    boolean handles(String eventType);

    /**
     * Applies events in log order. Must be deterministic: a rebuild yields the same rows. With
     * {@code reWriteBatchedInserts} a JDBC batch becomes one multi-row statement, and PostgreSQL
     * refuses an {@code ON CONFLICT DO UPDATE} that touches one row twice: fold the events per
     * key first and write each key once per batch.
     */
    void apply(Connection connection, List<StoredEvent> events) throws SQLException;

    /**
     * Empties the read model's tables before a rebuild. {@code truncate} rather than {@code delete}:
     * a rebuild then writes into empty tables instead of past a dead copy of every row (it ran 1.5x
     * faster), and queries of the read model wait for the rebuild to commit rather than reading a
     * half-built one. Appends wait anyway, on the rebuild's share lock on the log.
     */
    void reset(Connection connection) throws SQLException;

    /** The read model's tables, in an order that a row-by-row comparison may follow. */
    List<String> tables();

    /**
     * Starts a rebuild into the emptied read model, on the rebuild's connection. By default every page
     * of the log is applied as inline. A read model whose rows fold over the whole log (the latest value
     * per key, totals) may instead fold in memory and write each row once when the log is done.
     */
    default Rebuild rebuilding(Connection connection) {
        return events -> apply(connection, events);
    }

    /** One rebuild of a projection: the log's pages in order, then {@link #finish}. */
    @FunctionalInterface
    interface Rebuild {
        void apply(List<StoredEvent> events) throws SQLException;

        /** The whole log has been applied; writes what was held back. */
        default void finish() throws SQLException {
        }

        /** A rebuild that applies each page with {@code pages} and ends with {@code finish}. */
        static Rebuild of(Rebuild pages, Finish finish) {
            return new Rebuild() {
                @Override
                public void apply(List<StoredEvent> events) throws SQLException {
                    pages.apply(events);
                }

                @Override
                public void finish() throws SQLException {
                    finish.run();
                }
            };
        }
    }

    /** What a rebuild writes once the whole log has been applied. */
    @FunctionalInterface
    interface Finish {
        void run() throws SQLException;
    }
}

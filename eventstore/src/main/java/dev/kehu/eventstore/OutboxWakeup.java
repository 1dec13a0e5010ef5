package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Lets the relay sleep until a transaction that enqueued outbox messages commits: a connection of its own
 * listens on {@value #CHANNEL}, which a trigger on {@code es_outbox} notifies (migration V1_2). Every
 * instance's relay is woken, so whichever holds the leader lock publishes at once. If listening fails (a
 * pooler that drops LISTEN, a lost connection), the wait is a plain pause and the next wait listens anew.
 * Used by the relay's thread only.
 */
public final class OutboxWakeup implements AutoCloseable {

    public static final String CHANNEL = "kehu_outbox";

    private static final System.Logger LOG = System.getLogger(OutboxWakeup.class.getName());

    private final DataSource dataSource;
    private Connection listening;
    /** Logged once per kind of failure, not once per poll. */
    private String lastFailure;

    public OutboxWakeup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Returns when a commit enqueued messages (including any since the last wait), true, or after
     * {@code atMost} without one, false.
     */
    public boolean await(Duration atMost) throws InterruptedException {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, atMost.toMillis()));
        try {
            PGNotification[] woken = listener().getNotifications(millis);
            lastFailure = null;
            return woken != null && woken.length > 0;
        } catch (SQLException e) {
            if (!e.getMessage().equals(lastFailure)) {
                LOG.log(System.Logger.Level.WARNING, "outbox wake-up not listening (" + e.getMessage()
                        + "); the relay polls every " + millis + " ms until it listens again");
                lastFailure = e.getMessage();
            }
            close();
            Thread.sleep(millis);
            return false;
        }
    }

    private PGConnection listener() throws SQLException {
        if (listening == null || listening.isClosed()) {
            Connection c = dataSource.getConnection();
            try {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + CHANNEL);
                }
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            listening = c;
        }
        return listening.unwrap(PGConnection.class);
    }

    @Override
    public void close() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException ignored) {
                // the connection is gone either way
            }
            listening = null;
        }
    }
}

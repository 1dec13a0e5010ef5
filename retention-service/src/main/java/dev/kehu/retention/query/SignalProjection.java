package dev.kehu.retention.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;

import dev.kehu.eventstore.EventType;
import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.retention.client.ClientEvent.SignalRaised;
import jakarta.enterprise.context.ApplicationScoped;

/** Every churn signal in a table, for the churn-risk view. */
@ApplicationScoped
public class SignalProjection implements Projection {

    private static final String TYPE = SignalRaised.class.getAnnotation(EventType.class).value();

    @Override
    public String name() {
        return "retention-signals";
    }

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into retention_signal "
                + "(signal_id, client_id, kind, occurred_at, weight, detail) values (?, ?, ?, ?, ?, ?) "
                + "on conflict (signal_id) do nothing")) {
            for (StoredEvent e : events) {
                SignalRaised s = e.as(SignalRaised.class);
                ps.setString(1, s.signalId());
                ps.setString(2, s.clientId());
                ps.setString(3, s.kind().name());
                ps.setTimestamp(4, Timestamp.from(s.occurredAt()));
                ps.setInt(5, s.weight());
                ps.setString(6, s.detail());
                ps.executeUpdate();
            }
        }
    }

    @Override
    public void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("truncate retention_signal");
        }
    }

    @Override
    public List<String> tables() {
        return List.of("retention_signal");
    }
}

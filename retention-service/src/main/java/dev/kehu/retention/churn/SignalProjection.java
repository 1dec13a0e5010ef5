package dev.kehu.retention.churn;

import java.sql.Timestamp;

import dev.kehu.eventstore.RowProjection;
import dev.kehu.retention.domain.client.ClientEvent.SignalRaised;
import jakarta.enterprise.context.ApplicationScoped;

/** Every churn signal in a table, a row per signal, for the churn-risk view. */
@ApplicationScoped
public class SignalProjection extends RowProjection<SignalRaised> {

    public SignalProjection() {
        super("retention-signals", SignalRaised.class, "retention_signal", "insert into retention_signal "
                + "(signal_id, client_id, kind, occurred_at, weight, detail) values (?, ?, ?, ?, ?, ?) "
                + "on conflict (signal_id) do nothing", (ps, stored, s) -> {
                    ps.setString(1, s.signalId());
                    ps.setString(2, s.clientId());
                    ps.setString(3, s.kind().name());
                    ps.setTimestamp(4, Timestamp.from(s.occurredAt()));
                    ps.setInt(5, s.weight());
                    ps.setString(6, s.detail());
                });
    }
}

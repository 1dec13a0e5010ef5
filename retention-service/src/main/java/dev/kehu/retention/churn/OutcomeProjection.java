package dev.kehu.retention.churn;

import java.sql.Timestamp;

import dev.kehu.eventstore.RowProjection;
import dev.kehu.retention.domain.client.ClientEvent.ChurnOutcomeObserved;
import jakarta.enterprise.context.ApplicationScoped;

/** The back office's churn outcomes, a row each, for the learned weights (docs/domain.md#learned-weights). */
@ApplicationScoped
public class OutcomeProjection extends RowProjection<ChurnOutcomeObserved> {

    public OutcomeProjection() {
        super("retention-churn-outcomes", ChurnOutcomeObserved.class, "retention_churn_outcome",
                "insert into retention_churn_outcome (event_id, client_id, kind, occurred_at) values (?, ?, ?, ?) "
                        + "on conflict (event_id) do nothing", (ps, stored, o) -> {
                    ps.setString(1, o.eventId() + ":" + o.clientId());
                    ps.setString(2, o.clientId());
                    ps.setString(3, o.kind().name());
                    ps.setTimestamp(4, Timestamp.from(o.occurredAt()));
                });
    }
}

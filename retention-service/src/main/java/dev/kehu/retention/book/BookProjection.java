package dev.kehu.retention.book;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.Columns;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
import dev.kehu.retention.config.PerClient;
import dev.kehu.retention.domain.client.ClientEvent.AdvisorAssigned;
import jakarta.enterprise.context.ApplicationScoped;

/** Each client's responsible advisor (docs/domain.md#advisor-book): the latest assignment wins. */
@ApplicationScoped
public class BookProjection extends TableProjection {

    public BookProjection() {
        super("retention-book", "retention_book", typesOf(AdvisorAssigned.class));
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        Map<String, AdvisorAssigned> latest = PerClient.fold(events, AdvisorAssigned.class, (before, a) -> a);
        Columns rows = new Columns(4);
        latest.values().forEach(a -> rows.add(a.clientId(), a.advisorId(), a.assignedBy(), a.assignedAt()));
        rows.execute(c, "insert into retention_book (client_id, advisor_id, assigned_by, assigned_at) select * from "
                + "unnest(?::text[], ?::text[], ?::text[], ?::timestamptz[]) on conflict (client_id) do update set "
                + "advisor_id = excluded.advisor_id, assigned_by = excluded.assigned_by, "
                + "assigned_at = excluded.assigned_at");
    }
}

package dev.kehu.retention.query;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
import dev.kehu.retention.domain.client.Activity;
import dev.kehu.retention.domain.client.ClientEvent.SegmentObserved;
import jakarta.enterprise.context.ApplicationScoped;

/** Each client's latest segment and the day its activity became STATIC, for the reactivation list. */
@ApplicationScoped
public class ClientSegmentProjection extends TableProjection {

    public ClientSegmentProjection() {
        super("retention-client-segments", "retention_client", typesOf(SegmentObserved.class));
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into retention_client (client_id, segment, size, "
                + "activity, priority, average_assets, as_of, fell_static_on) values (?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (client_id) do update set segment = excluded.segment, size = excluded.size, "
                + "activity = excluded.activity, priority = excluded.priority, "
                + "average_assets = excluded.average_assets, as_of = excluded.as_of, "
                // a client stays on the list from the day it fell static until it trades again
                + "fell_static_on = case when excluded.activity <> 'STATIC' then null "
                + "else coalesce(excluded.fell_static_on, retention_client.fell_static_on) end")) {
            for (StoredEvent e : events) {
                SegmentObserved s = e.as(SegmentObserved.class);
                ps.setString(1, s.clientId());
                ps.setString(2, s.segment());
                ps.setString(3, s.size().name());
                ps.setString(4, s.activity().name());
                ps.setString(5, s.priority().name());
                ps.setBigDecimal(6, s.averageAssets());
                ps.setDate(7, Date.valueOf(s.asOf()));
                ps.setDate(8, fellStatic(s) ? Date.valueOf(s.asOf()) : null);
                ps.executeUpdate();
            }
        }
    }

    /** Became STATIC with this change: fell to it, or started there (a first classification as STATIC). */
    private static boolean fellStatic(SegmentObserved s) {
        return s.activity() == Activity.STATIC && (s.previousSegment() == null
                || !s.previousSegment().endsWith("_" + Activity.STATIC.name()));
    }
}

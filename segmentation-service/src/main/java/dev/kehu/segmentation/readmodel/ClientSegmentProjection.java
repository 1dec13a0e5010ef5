package dev.kehu.segmentation.readmodel;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.segmentation.client.ClientEvent;
import dev.kehu.segmentation.client.ClientEvent.BalanceRecorded;
import dev.kehu.segmentation.client.ClientEvent.SegmentChanged;
import dev.kehu.segmentation.client.ClientEvent.TradeRecorded;
import dev.kehu.segmentation.segment.Classification;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The current classification per client (from the classification every recorded fact carries)
 * and the history of segment changes.
 */
@ApplicationScoped
public class ClientSegmentProjection implements Projection {

    public static final String NAME = "client-segment";

    private static final Set<String> TYPES = Set.of(ClientEvent.typeOf(BalanceRecorded.class),
            ClientEvent.typeOf(TradeRecorded.class), ClientEvent.typeOf(SegmentChanged.class));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(String eventType) {
        return TYPES.contains(eventType);
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement current = c.prepareStatement(
                "insert into client_segment (client_id, segment, size, activity, priority, service_tier, "
                        + "average_assets, turnover, as_of, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (client_id) do update set segment = excluded.segment, size = excluded.size, "
                        + "activity = excluded.activity, priority = excluded.priority, "
                        + "service_tier = excluded.service_tier, average_assets = excluded.average_assets, "
                        + "turnover = excluded.turnover, as_of = excluded.as_of, version = excluded.version");
             PreparedStatement history = c.prepareStatement(
                     "insert into segment_history (client_id, version, previous_segment, segment, size, activity, "
                             + "priority, average_assets, turnover, as_of) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             + "on conflict do nothing")) {
            // one row per client: the driver rewrites a batch into one multi-row upsert, which may not
            // touch a row twice, and only the last classification of the events stands anyway
            Map<String, StoredEvent> latest = new LinkedHashMap<>();
            int changes = 0;
            for (StoredEvent e : events) {
                if (classification(e.event()) != null) {
                    latest.put(((ClientEvent) e.event()).clientId(), e);
                }
                if (e.event() instanceof SegmentChanged s) {
                    bindHistory(history, s, e.version());
                    changes++;
                }
            }
            for (StoredEvent e : latest.values()) {
                bindCurrent(current, ((ClientEvent) e.event()).clientId(), classification(e.event()), e.version());
            }
            if (!latest.isEmpty()) {
                current.executeBatch();
            }
            if (changes > 0) {
                history.executeBatch();
            }
        }
    }

    private static Classification classification(Object event) {
        if (event instanceof BalanceRecorded b) {
            return b.classification();
        }
        if (event instanceof TradeRecorded t) {
            return t.classification();
        }
        return null;
    }

    private static void bindCurrent(PreparedStatement ps, String clientId, Classification c, long version)
            throws SQLException {
        ps.setString(1, clientId);
        ps.setString(2, c.segment().name());
        ps.setString(3, c.size().name());
        ps.setString(4, c.activity().name());
        ps.setString(5, c.priority().name());
        ps.setString(6, c.priority().serviceTier().name());
        ps.setBigDecimal(7, c.averageAssets());
        ps.setBigDecimal(8, c.turnover());
        ps.setDate(9, Date.valueOf(c.asOf()));
        ps.setLong(10, version);
        ps.addBatch();
    }

    private static void bindHistory(PreparedStatement ps, SegmentChanged s, long version) throws SQLException {
        ps.setString(1, s.clientId());
        ps.setLong(2, version);
        ps.setString(3, s.previousSegment() == null ? null : s.previousSegment().name());
        ps.setString(4, s.segment().name());
        ps.setString(5, s.size().name());
        ps.setString(6, s.activity().name());
        ps.setString(7, s.priority().name());
        ps.setBigDecimal(8, s.averageAssets());
        ps.setBigDecimal(9, s.turnover());
        ps.setDate(10, Date.valueOf(s.asOf()));
        ps.addBatch();
    }

    @Override
    public void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from client_segment");
            s.executeUpdate("delete from segment_history");
        }
    }

    @Override
    public List<String> tables() {
        return List.of("client_segment", "segment_history");
    }
}

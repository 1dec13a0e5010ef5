package dev.kehu.segmentation.readmodel;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.Columns;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
import dev.kehu.segmentation.domain.client.ClientEvent;
import dev.kehu.segmentation.domain.client.ClientEvent.BalanceRecorded;
import dev.kehu.segmentation.domain.client.ClientEvent.SegmentChanged;
import dev.kehu.segmentation.domain.client.ClientEvent.TradeRecorded;
import dev.kehu.segmentation.domain.segment.Classification;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The current classification per client (from the classification every recorded fact carries)
 * and the history of segment changes.
 */
@ApplicationScoped
public class ClientSegmentProjection extends TableProjection {

    public static final String NAME = "client-segment";

    public ClientSegmentProjection() {
        super(NAME, List.of("client_segment", "segment_history"),
                typesOf(BalanceRecorded.class, TradeRecorded.class, SegmentChanged.class));
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        // one row per client: an upsert may not touch a row twice, and only the last
        // classification of the events stands anyway
        Map<String, StoredEvent> latest = new LinkedHashMap<>();
        Columns history = new Columns(10);
        for (StoredEvent e : events) {
            if (classification(e.event()) != null) {
                latest.put(((ClientEvent) e.event()).clientId(), e);
            }
            if (e.event() instanceof SegmentChanged s) {
                history.add(s.clientId(), e.version(), s.previousSegment(), s.segment(), s.size(), s.activity(),
                        s.priority(), s.averageAssets(), s.turnover(), s.asOf());
            }
        }
        Columns current = new Columns(10);
        for (StoredEvent e : latest.values()) {
            Classification k = classification(e.event());
            current.add(((ClientEvent) e.event()).clientId(), k.segment(), k.size(), k.activity(), k.priority(),
                    k.priority().serviceTier(), k.averageAssets(), k.turnover(), k.asOf(), e.version());
        }
        current.execute(c, "insert into client_segment (client_id, segment, size, activity, priority, service_tier, "
                + "average_assets, turnover, as_of, version) select * from unnest(?::text[], ?::text[], ?::text[], "
                + "?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[], ?::date[], ?::bigint[]) "
                + "on conflict (client_id) do update set segment = excluded.segment, size = excluded.size, "
                + "activity = excluded.activity, priority = excluded.priority, "
                + "service_tier = excluded.service_tier, average_assets = excluded.average_assets, "
                + "turnover = excluded.turnover, as_of = excluded.as_of, version = excluded.version");
        history.execute(c, "insert into segment_history (client_id, version, previous_segment, segment, size, "
                + "activity, priority, average_assets, turnover, as_of) select * from unnest(?::text[], ?::bigint[], "
                + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[], ?::date[]) "
                + "on conflict do nothing");
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
}

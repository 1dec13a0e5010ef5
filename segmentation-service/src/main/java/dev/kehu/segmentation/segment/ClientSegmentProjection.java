package dev.kehu.segmentation.segment;

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

    private static final String CURRENT = "insert into client_segment (client_id, segment, size, activity, "
            + "priority, service_tier, average_assets, turnover, as_of, version) select * from unnest(?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[], ?::date[], "
            + "?::bigint[]) on conflict (client_id) do update set segment = excluded.segment, size = excluded.size, "
            + "activity = excluded.activity, priority = excluded.priority, "
            + "service_tier = excluded.service_tier, average_assets = excluded.average_assets, "
            + "turnover = excluded.turnover, as_of = excluded.as_of, version = excluded.version";

    private static final String HISTORY = "insert into segment_history (client_id, version, previous_segment, "
            + "segment, size, activity, priority, average_assets, turnover, as_of) select * from unnest(?::text[], "
            + "?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::numeric[], "
            + "?::date[]) on conflict do nothing";

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        // one row per client: an upsert may not touch a row twice, and only the last
        // classification of the events stands anyway
        Map<String, StoredEvent> latest = new LinkedHashMap<>();
        Columns history = fold(events, latest);
        current(latest).execute(c, CURRENT);
        history.execute(c, HISTORY);
    }

    /**
     * Only a client's last classification stands: a rebuild folds it over the whole log and writes each
     * client once at the end, where every page rewrote (and re-indexed) the row of each client in it.
     */
    @Override
    public Rebuild rebuilding(Connection c) {
        Map<String, StoredEvent> latest = new LinkedHashMap<>();
        return Rebuild.of(events -> fold(events, latest).execute(c, HISTORY),
                () -> current(latest).execute(c, CURRENT));
    }

    /** Keeps each client's last classified event in {@code latest}; returns the history rows of the changes. */
    private static Columns fold(List<StoredEvent> events, Map<String, StoredEvent> latest) {
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
        return history;
    }

    private static Columns current(Map<String, StoredEvent> latest) {
        Columns current = new Columns(10);
        for (StoredEvent e : latest.values()) {
            Classification k = classification(e.event());
            current.add(((ClientEvent) e.event()).clientId(), k.segment(), k.size(), k.activity(), k.priority(),
                    k.priority().serviceTier(), k.averageAssets(), k.turnover(), k.asOf(), e.version());
        }
        return current;
    }

    private static Classification classification(Object event) {
        return event instanceof ClientEvent.Recorded r ? r.classification() : null;
    }
}

package dev.kehu.retention.campaign;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.Columns;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.eventstore.TableProjection;
import dev.kehu.retention.config.PerClient;
import dev.kehu.retention.domain.client.Activity;
import dev.kehu.retention.domain.client.ClientEvent.SegmentObserved;
import jakarta.enterprise.context.ApplicationScoped;

/** Each client's latest segment and the day its activity became STATIC, for the reactivation list. */
@ApplicationScoped
public class ClientSegmentProjection extends TableProjection {

    /** A client's latest segment in the events, and its fell-static day unless the table's stands. */
    private record Latest(SegmentObserved segment, boolean keepsStoredDay, LocalDate fellStaticOn) {
    }

    public ClientSegmentProjection() {
        super("retention-client-segments", "retention_client", typesOf(SegmentObserved.class));
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        Map<String, Latest> latest = PerClient.fold(events, SegmentObserved.class, ClientSegmentProjection::next);
        Columns rows = new Columns(9);
        for (Latest l : latest.values()) {
            SegmentObserved s = l.segment();
            rows.add(s.clientId(), s.segment(), s.size().name(), s.activity().name(), s.priority().name(),
                    s.averageAssets(), s.asOf(), l.keepsStoredDay(), l.fellStaticOn());
        }
        rows.execute(c, "insert into retention_client (client_id, segment, size, activity, priority, average_assets, "
                + "as_of, fell_static_on) select u.client_id, u.segment, u.size, u.activity, u.priority, "
                + "u.average_assets, u.as_of, case when u.keeps then r.fell_static_on else u.fell_static_on end "
                + "from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::date[], "
                + "?::boolean[], ?::date[]) u(client_id, segment, size, activity, priority, average_assets, as_of, "
                + "keeps, fell_static_on) left join retention_client r on r.client_id = u.client_id "
                + "on conflict (client_id) do update set segment = excluded.segment, size = excluded.size, "
                + "activity = excluded.activity, priority = excluded.priority, "
                + "average_assets = excluded.average_assets, as_of = excluded.as_of, "
                + "fell_static_on = excluded.fell_static_on");
    }

    /** A client's latest segment after {@code s}, from the one before in the batch (null at its first). */
    private static Latest next(Latest before, SegmentObserved s) {
        // a client stays on the list from the day it fell static until it trades again
        if (s.activity() != Activity.STATIC) {
            return new Latest(s, false, null);
        }
        if (fellStatic(s)) {
            return new Latest(s, false, s.asOf());
        }
        return before == null ? new Latest(s, true, null)
                : new Latest(s, before.keepsStoredDay(), before.fellStaticOn());
    }

    /** Became STATIC with this change: fell to it, or started there (a first classification as STATIC). */
    private static boolean fellStatic(SegmentObserved s) {
        return s.activity() == Activity.STATIC && (s.previousSegment() == null
                || !s.previousSegment().endsWith("_" + Activity.STATIC.name()));
    }
}

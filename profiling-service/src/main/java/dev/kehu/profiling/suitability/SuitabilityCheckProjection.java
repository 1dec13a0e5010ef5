package dev.kehu.profiling.suitability;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kehu.eventstore.Columns;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.profiling.common.FoldedRows;
import dev.kehu.profiling.common.PrefixProjection;
import dev.kehu.profiling.domain.suitability.SuitabilityCheck;
import dev.kehu.profiling.domain.suitability.SuitabilityDecider;
import dev.kehu.profiling.domain.suitability.SuitabilityEvent;
import jakarta.inject.Singleton;

/** Every suitability check as it stands, folded with the same decider the writes use, one row per check. */
@Singleton
public class SuitabilityCheckProjection extends PrefixProjection {

    public static final String NAME = "suitability-checks";

    public SuitabilityCheckProjection(EventCodec codec) {
        super(codec, NAME, "profiling.suitability-check.", "suitability_check");
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        Map<UUID, SuitabilityCheck> touched = FoldedRows.load(c, events,
                s -> ((SuitabilityEvent) s.event()).checkId(), "suitability_check", "check_id", "uuid", UUID.class,
                SuitabilityCheck.NONE, SuitabilityCheck.class, codec);
        for (StoredEvent s : events) {
            UUID id = ((SuitabilityEvent) s.event()).checkId();
            touched.put(id, SuitabilityDecider.INSTANCE.evolve(touched.get(id), s));
        }
        Columns rows = new Columns(8);
        for (SuitabilityCheck check : touched.values()) {
            var checked = check.checked();
            rows.add(checked.checkId(), checked.clientId(), checked.productCode(), checked.result().name(),
                    checked.checkedAt(), check.acknowledged() == null ? null : check.acknowledged().acknowledgedAt(),
                    check.version(), codec.toJson(check));
        }
        rows.execute(c, "insert into suitability_check (check_id, client_id, product_code, result, checked_at, "
                + "acknowledged_at, version, state) select r.check_id, r.client_id, r.product_code, r.result, "
                + "r.checked_at, r.acknowledged_at, r.version, r.state::jsonb from unnest(?::uuid[], ?::text[], ?::text[], "
                + "?::text[], ?::timestamptz[], ?::timestamptz[], ?::bigint[], ?::text[]) r(check_id, client_id, "
                + "product_code, result, checked_at, acknowledged_at, version, state) on conflict (check_id) do update "
                + "set acknowledged_at = excluded.acknowledged_at, version = excluded.version, state = excluded.state");
    }
}

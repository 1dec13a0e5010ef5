package dev.kehu.profiling.suitability;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.profiling.config.FoldedProjection;
import dev.kehu.profiling.domain.suitability.SuitabilityCheck;
import dev.kehu.profiling.domain.suitability.SuitabilityDecider;
import dev.kehu.profiling.domain.suitability.SuitabilityEvent;
import jakarta.inject.Singleton;

/** Every suitability check as it stands, folded with the same decider the writes use, one row per check. */
@Singleton
public class SuitabilityCheckProjection extends FoldedProjection<UUID, SuitabilityCheck> {

    public static final String NAME = "suitability-checks";

    public SuitabilityCheckProjection(EventCodec codec) {
        super(codec, NAME, "profiling.suitability-check.", SuitabilityDecider.INSTANCE, SuitabilityCheck.class,
                "suitability_check", "check_id", "uuid", UUID.class, "insert into suitability_check (check_id, "
                        + "client_id, product_code, result, checked_at, acknowledged_at, version, state) values (?, ?, "
                        + "?, ?, ?, ?, ?, ?::json) on conflict (check_id) do update set "
                        + "acknowledged_at = excluded.acknowledged_at, version = excluded.version, "
                        + "state = excluded.state");
    }

    @Override
    protected UUID keyOf(StoredEvent event) {
        return ((SuitabilityEvent) event.event()).checkId();
    }

    @Override
    protected void bind(PreparedStatement ps, SuitabilityCheck check) throws SQLException {
        var checked = check.checked();
        ps.setObject(1, checked.checkId());
        ps.setString(2, checked.clientId());
        ps.setString(3, checked.productCode());
        ps.setString(4, checked.result().name());
        ps.setTimestamp(5, Timestamp.from(checked.checkedAt()));
        ps.setTimestamp(6, check.acknowledged() == null ? null
                : Timestamp.from(check.acknowledged().acknowledgedAt()));
        ps.setLong(7, check.version());
        ps.setString(8, codec.toJson(check));
    }
}

package dev.kehu.profiling.client;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.profiling.config.FoldedProjection;
import dev.kehu.profiling.domain.client.ClientDecider;
import dev.kehu.profiling.domain.client.ClientEvent;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientProfile;
import jakarta.inject.Singleton;

/**
 * The current profile per client, kept as the same fold ({@link ClientDecider}) that the command
 * handler and the as-of view compute from the stream, so the live and the rebuilt profile cannot
 * drift apart.
 */
@Singleton
public class ClientProfileProjection extends FoldedProjection<String, ClientProfile> {

    public static final String NAME = "client-profile";

    public ClientProfileProjection(EventCodec codec) {
        super(codec, NAME, "profiling.client.", ClientDecider.INSTANCE, ClientProfile.class, "client_profile",
                "client_id", "text", String.class, "insert into client_profile (client_id, version, "
                        + "latest_assessment_id, valid_until, state, risk_category, capacity_band, attitude_band, "
                        + "consistency, life_stage, personality, updated_at) values (?, ?, ?, ?, ?::json, ?, ?, ?, "
                        + "?, ?, ?, ?) on conflict (client_id) do update set version = excluded.version, "
                        + "latest_assessment_id = excluded.latest_assessment_id, valid_until = excluded.valid_until, "
                        + "state = excluded.state, risk_category = excluded.risk_category, "
                        + "capacity_band = excluded.capacity_band, attitude_band = excluded.attitude_band, "
                        + "consistency = excluded.consistency, life_stage = excluded.life_stage, "
                        + "personality = excluded.personality, updated_at = excluded.updated_at");
    }

    @Override
    protected String keyOf(StoredEvent event) {
        return ((ClientEvent) event.event()).clientId();
    }

    @Override
    protected void bind(PreparedStatement ps, ClientProfile p) throws SQLException {
        RiskAssessed a = p.latestAssessment();
        ps.setString(1, p.clientId());
        ps.setLong(2, p.version());
        ps.setObject(3, a == null ? null : a.assessmentId());
        ps.setTimestamp(4, a == null ? null : Timestamp.from(a.validUntil()));
        ps.setString(5, codec.toJson(p));
        ps.setString(6, a == null || a.riskCategory() == null ? null : a.riskCategory().name());
        ps.setString(7, a == null ? null : a.capacity().band().name());
        ps.setString(8, a == null ? null : a.attitude().band().name());
        ps.setString(9, a == null ? null : a.consistency().level().name());
        ps.setString(10, p.household() == null ? null : p.household().lifeCycleStage().name());
        ps.setString(11, p.personality() == null ? null : p.personality().personality().name());
        ps.setTimestamp(12, p.updatedAt() == null ? null : Timestamp.from(p.updatedAt()));
    }
}

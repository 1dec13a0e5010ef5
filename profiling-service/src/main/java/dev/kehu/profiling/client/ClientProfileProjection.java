package dev.kehu.profiling.client;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.profiling.config.PrefixProjection;
import dev.kehu.profiling.domain.client.ClientDecider;
import dev.kehu.profiling.domain.client.ClientEvent;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.config.FoldedRows;
import jakarta.inject.Singleton;

/**
 * The current profile per client, kept as the same fold ({@link ClientDecider}) that the command
 * handler and the as-of view compute from the stream, so the live and the rebuilt profile cannot
 * drift apart.
 */
@Singleton
public class ClientProfileProjection extends PrefixProjection {

    public static final String NAME = "client-profile";

    public ClientProfileProjection(EventCodec codec) {
        super(codec, NAME, "profiling.client.", "client_profile");
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        Map<String, ClientProfile> touched = FoldedRows.fold(c, events, s -> ((ClientEvent) s.event()).clientId(),
                ClientDecider.INSTANCE, "client_profile", "client_id", "text", String.class, ClientProfile.class,
                codec);
        try (PreparedStatement ps = c.prepareStatement("insert into client_profile (client_id, version, "
                + "latest_assessment_id, valid_until, state, risk_category, capacity_band, attitude_band, consistency, "
                + "life_stage, personality, updated_at) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (client_id) do update set version = excluded.version, "
                + "latest_assessment_id = excluded.latest_assessment_id, valid_until = excluded.valid_until, "
                + "state = excluded.state, risk_category = excluded.risk_category, "
                + "capacity_band = excluded.capacity_band, attitude_band = excluded.attitude_band, "
                + "consistency = excluded.consistency, life_stage = excluded.life_stage, "
                + "personality = excluded.personality, updated_at = excluded.updated_at")) {
            for (ClientProfile p : touched.values()) {
                ps.setString(1, p.clientId());
                ps.setLong(2, p.version());
                ps.setObject(3, p.latestAssessment() == null ? null : p.latestAssessment().assessmentId());
                ps.setTimestamp(4, p.latestAssessment() == null ? null
                        : Timestamp.from(p.latestAssessment().validUntil()));
                ps.setString(5, codec.toJson(p));
                RiskAssessed a = p.latestAssessment();
                ps.setString(6, a == null || a.riskCategory() == null ? null : a.riskCategory().name());
                ps.setString(7, a == null ? null : a.capacity().band().name());
                ps.setString(8, a == null ? null : a.attitude().band().name());
                ps.setString(9, a == null ? null : a.consistency().level().name());
                ps.setString(10, p.household() == null ? null : p.household().lifeCycleStage().name());
                ps.setString(11, p.personality() == null ? null : p.personality().personality().name());
                ps.setTimestamp(12, p.updatedAt() == null ? null : Timestamp.from(p.updatedAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public ClientProfile read(String json) {
        return FoldedRows.read(codec, json, ClientProfile.class);
    }
}

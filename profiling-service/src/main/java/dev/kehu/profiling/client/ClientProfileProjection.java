package dev.kehu.profiling.client;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.Columns;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.profiling.common.PrefixProjection;
import dev.kehu.profiling.domain.client.ClientDecider;
import dev.kehu.profiling.domain.client.ClientEvent;
import dev.kehu.profiling.domain.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.domain.client.ClientProfile;
import dev.kehu.profiling.common.FoldedRows;
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
        Map<String, ClientProfile> touched = load(c, events);
        for (StoredEvent s : events) {
            ClientEvent e = (ClientEvent) s.event();
            touched.put(e.clientId(), ClientDecider.INSTANCE.evolve(touched.get(e.clientId()), s));
        }
        Columns rows = new Columns(12);
        for (ClientProfile p : touched.values()) {
            RiskAssessed a = p.latestAssessment();
            rows.add(p.clientId(), p.version(), a == null ? null : a.assessmentId(), a == null ? null : a.validUntil(),
                    codec.toJson(p), a == null || a.riskCategory() == null ? null : a.riskCategory().name(),
                    a == null ? null : a.capacity().band().name(), a == null ? null : a.attitude().band().name(),
                    a == null ? null : a.consistency().level().name(),
                    p.household() == null ? null : p.household().lifeCycleStage().name(),
                    p.personality() == null ? null : p.personality().personality().name(), p.updatedAt());
        }
        rows.execute(c, "insert into client_profile (client_id, version, latest_assessment_id, valid_until, state, "
                + "risk_category, capacity_band, attitude_band, consistency, life_stage, personality, updated_at) "
                + "select r.client_id, r.version, r.latest_assessment_id, r.valid_until, r.state::jsonb, r.risk_category, "
                + "r.capacity_band, r.attitude_band, r.consistency, r.life_stage, r.personality, r.updated_at "
                + "from unnest(?::text[], ?::bigint[], ?::uuid[], ?::timestamptz[], ?::text[], ?::text[], ?::text[], "
                + "?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[]) r(client_id, version, "
                + "latest_assessment_id, valid_until, state, risk_category, capacity_band, attitude_band, consistency, "
                + "life_stage, personality, updated_at) "
                + "on conflict (client_id) do update set version = excluded.version, "
                + "latest_assessment_id = excluded.latest_assessment_id, valid_until = excluded.valid_until, "
                + "state = excluded.state, risk_category = excluded.risk_category, "
                + "capacity_band = excluded.capacity_band, attitude_band = excluded.attitude_band, "
                + "consistency = excluded.consistency, life_stage = excluded.life_stage, "
                + "personality = excluded.personality, updated_at = excluded.updated_at");
    }

    private Map<String, ClientProfile> load(Connection c, List<StoredEvent> events) throws SQLException {
        return FoldedRows.load(c, events, s -> ((ClientEvent) s.event()).clientId(), "client_profile", "client_id",
                "text", String.class, ClientProfile.INITIAL, ClientProfile.class, codec);
    }

    public ClientProfile read(String json) {
        return FoldedRows.read(codec, json, ClientProfile.class);
    }
}

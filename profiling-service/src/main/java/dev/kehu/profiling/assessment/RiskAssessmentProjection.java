package dev.kehu.profiling.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.Projection;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.profiling.client.ClientEvent;
import dev.kehu.profiling.client.RecordedBy;
import dev.kehu.profiling.client.ClientEvent.RiskAssessed;
import jakarta.enterprise.context.ApplicationScoped;

/** Every risk assessment, newest first per client: the history endpoint's read model. */
@ApplicationScoped
public class RiskAssessmentProjection implements Projection {

    public static final String NAME = "risk-assessments";
    private static final String TYPE = ClientEvent.typeOf(RiskAssessed.class);

    private final EventCodec codec;

    public RiskAssessmentProjection(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean handles(String eventType) {
        return TYPE.equals(eventType);
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into risk_assessment (assessment_id, client_id, "
                + "stream_version, completed_at, data, recorded_by) values (?, ?, ?, ?, ?::jsonb, ?::jsonb) "
                + "on conflict do nothing")) {
            for (StoredEvent s : events) {
                RiskAssessed e = s.as(RiskAssessed.class);
                ps.setObject(1, e.assessmentId());
                ps.setString(2, e.clientId());
                ps.setLong(3, s.version());
                ps.setTimestamp(4, Timestamp.from(e.completedAt()));
                ps.setString(5, codec.toJson(e));
                RecordedBy by = RecordedBy.of(s.metadata());
                ps.setString(6, by == null ? null : codec.toJson(by));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("truncate risk_assessment");
        }
    }

    @Override
    public List<String> tables() {
        return List.of("risk_assessment");
    }
}

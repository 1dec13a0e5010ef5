package dev.kehu.profiling.survey;

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
import dev.kehu.profiling.client.ClientEvent.ServiceSurveyCompleted;
import jakarta.enterprise.context.ApplicationScoped;

/** Every SERVQUAL survey, newest first per client. */
@ApplicationScoped
public class ServiceSurveyProjection implements Projection {

    public static final String NAME = "service-surveys";
    private static final String TYPE = ClientEvent.typeOf(ServiceSurveyCompleted.class);

    private final EventCodec codec;

    public ServiceSurveyProjection(EventCodec codec) {
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
        try (PreparedStatement ps = c.prepareStatement("insert into service_survey (survey_id, client_id, "
                + "stream_version, completed_at, overall_gap, data, recorded_by) "
                + "values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb) "
                + "on conflict do nothing")) {
            for (StoredEvent s : events) {
                ServiceSurveyCompleted e = s.as(ServiceSurveyCompleted.class);
                ps.setObject(1, e.surveyId());
                ps.setString(2, e.clientId());
                ps.setLong(3, s.version());
                ps.setTimestamp(4, Timestamp.from(e.completedAt()));
                ps.setBigDecimal(5, e.overallGap());
                ps.setString(6, codec.toJson(e));
                RecordedBy by = RecordedBy.of(s.metadata());
                ps.setString(7, by == null ? null : codec.toJson(by));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("truncate service_survey");
        }
    }

    @Override
    public List<String> tables() {
        return List.of("service_survey");
    }
}

package dev.kehu.profiling.survey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.profiling.client.ClientEvent.ServiceSurveyCompleted;
import dev.kehu.profiling.client.RecordedBy;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads of the survey read model. */
@ApplicationScoped
public class SurveyQueries {

    private final EventCodec codec;

    public SurveyQueries(EventCodec codec) {
        this.codec = codec;
    }

    /** The client's surveys, newest first. */
    public Page<SurveyView> history(Connection c, String clientId, PageRequest page) throws SQLException {
        List<SurveyView> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select data::text, recorded_by::text from service_survey where client_id = ? "
                + "order by stream_version desc limit ? offset ?")) {
            ps.setString(1, clientId);
            ps.setInt(2, page.size());
            ps.setLong(3, page.offset());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String by = rs.getString(2);
                    items.add(SurveyView.of(read(rs.getString(1)), by == null ? null : recorder(by)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select count(*) from service_survey where client_id = ?")) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Page<>(items, page.page(), page.size(), rs.getLong(1));
            }
        }
    }

    private RecordedBy recorder(String json) {
        try {
            return codec.mapper().readValue(json, RecordedBy.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable recorder of a survey", e);
        }
    }

    private ServiceSurveyCompleted read(String json) {
        try {
            return codec.mapper().readValue(json, ServiceSurveyCompleted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable survey", e);
        }
    }
}

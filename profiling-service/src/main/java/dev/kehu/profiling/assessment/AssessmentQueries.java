package dev.kehu.profiling.assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.profiling.client.ClientEvent.RiskAssessed;
import dev.kehu.profiling.client.RecordedBy;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads of the assessment read models (history, single assessment, reassessments due). */
@ApplicationScoped
public class AssessmentQueries {

    private final EventCodec codec;

    public AssessmentQueries(EventCodec codec) {
        this.codec = codec;
    }

    public Optional<AssessmentView> assessment(Connection c, String clientId, UUID assessmentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select data::text, recorded_by::text from risk_assessment where client_id = ? and assessment_id = ?")) {
            ps.setString(1, clientId);
            ps.setObject(2, assessmentId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        }
    }

    /** The client's assessments, newest first. */
    public Page<AssessmentView> history(Connection c, String clientId, PageRequest page) throws SQLException {
        List<AssessmentView> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select data::text, recorded_by::text from risk_assessment where client_id = ? "
                + "order by stream_version desc limit ? offset ?")) {
            ps.setString(1, clientId);
            ps.setInt(2, page.size());
            ps.setLong(3, page.offset());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(view(rs));
                }
            }
        }
        return new Page<>(items, page.page(), page.size(),
                count(c, "select count(*) from risk_assessment where client_id = ?", clientId));
    }

    /** Clients whose latest assessment is valid only until before {@code before}, soonest first. */
    public Page<DueView> due(Connection c, Instant before, PageRequest page) throws SQLException {
        List<DueView> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select a.data::text from client_profile p "
                + "join risk_assessment a on a.assessment_id = p.latest_assessment_id where p.valid_until < ? "
                + "order by p.valid_until, p.client_id limit ? offset ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            ps.setInt(2, page.size());
            ps.setLong(3, page.offset());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RiskAssessed e = read(rs.getString(1));
                    items.add(new DueView(e.clientId(), e.assessmentId(), e.completedAt(), e.validUntil(),
                            e.capacity().band(), e.attitude().band()));
                }
            }
        }
        long total;
        try (PreparedStatement ps = c.prepareStatement("select count(*) from client_profile where valid_until < ?")) {
            ps.setTimestamp(1, Timestamp.from(before));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static long count(Connection c, String sql, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private AssessmentView view(ResultSet rs) throws SQLException {
        String by = rs.getString(2);
        try {
            return AssessmentView.of(read(rs.getString(1)), by == null ? null
                    : codec.mapper().readValue(by, RecordedBy.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable recorder of an assessment", e);
        }
    }

    private RiskAssessed read(String json) {
        try {
            return codec.mapper().readValue(json, RiskAssessed.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable assessment", e);
        }
    }
}

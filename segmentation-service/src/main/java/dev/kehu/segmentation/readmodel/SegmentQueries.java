package dev.kehu.segmentation.readmodel;

import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.rest.Page;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.runtime.Db;
import dev.kehu.segmentation.segment.Activity;
import dev.kehu.segmentation.segment.Size;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads of the segment read models. */
@ApplicationScoped
public class SegmentQueries {

    private final Db db;

    public SegmentQueries(Db db) {
        this.db = db;
    }

    public ClientSegmentView segment(String clientId) {
        return db.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("select client_id, segment, size, activity, priority, "
                    + "service_tier, average_assets, turnover, as_of from client_segment where client_id = ?")) {
                ps.setString(1, clientId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw unknown(clientId);
                    }
                    return new ClientSegmentView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getBigDecimal(8),
                            rs.getDate(9).toLocalDate());
                }
            }
        });
    }

    /** Client counts by size and activity, every one of the nine cells present, plus the total. */
    public Map<String, Object> summary() {
        return db.call(c -> {
            Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
            for (Size size : Size.values()) {
                Map<String, Long> row = new LinkedHashMap<>();
                for (Activity activity : Activity.values()) {
                    row.put(activity.name(), 0L);
                }
                matrix.put(size.name(), row);
            }
            long total = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "select size, activity, count(*) from client_segment group by size, activity");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    matrix.get(rs.getString(1)).put(rs.getString(2), rs.getLong(3));
                    total += rs.getLong(3);
                }
            }
            Map<String, Object> summary = new LinkedHashMap<>(matrix);
            summary.put("total", total);
            return summary;
        });
    }

    /** The client's segment changes, newest first. */
    public Page<SegmentChangeView> history(String clientId, PageRequest page) {
        return db.call(c -> {
            long total = count(c, clientId);
            if (total == 0) {
                throw unknown(clientId);
            }
            List<SegmentChangeView> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select version, previous_segment, segment, size, "
                    + "activity, priority, average_assets, turnover, as_of from segment_history "
                    + "where client_id = ? order by version desc limit ? offset ?")) {
                ps.setString(1, clientId);
                ps.setInt(2, page.size());
                ps.setLong(3, page.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new SegmentChangeView(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
                                rs.getBigDecimal(8), rs.getDate(9).toLocalDate()));
                    }
                }
            }
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    private static long count(Connection c, String clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from segment_history where client_id = ?")) {
            ps.setString(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static ProblemException unknown(String clientId) {
        return ProblemException.notFound("no segment for client " + clientId
                + ": unknown, or no balance report received yet");
    }
}

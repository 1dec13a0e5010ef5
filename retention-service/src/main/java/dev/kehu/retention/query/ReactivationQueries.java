package dev.kehu.retention.query;

import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.rest.Page;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import dev.kehu.eventstore.runtime.Db;
import jakarta.enterprise.context.ApplicationScoped;

/** The reactivation list (存量客户盘活), from the client segment read model. */
@ApplicationScoped
public class ReactivationQueries {

    /** A reactivation candidate: a larger client gone STATIC. */
    public record Candidate(String clientId, String segment, String size, String activity, String priority,
                            BigDecimal averageAssets, String asOf, String staticSince) {
    }

    private final Db db;

    public ReactivationQueries(Db db) {
        this.db = db;
    }

    /** LARGE and MEDIUM clients whose activity fell to STATIC, most valuable first (存量客户盘活). */
    public Page<Candidate> candidates(PageRequest page) {
        String where = " from retention_client where activity = 'STATIC' and fell_static_on is not null"
                + " and size in ('LARGE', 'MEDIUM')";
        return db.call(c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(*)" + where);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<Candidate> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select client_id, segment, size, activity, priority, "
                    + "average_assets, as_of, fell_static_on" + where
                    + " order by average_assets desc, client_id limit ? offset ?")) {
                ps.setInt(1, page.size());
                ps.setLong(2, page.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new Candidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8)));
                    }
                }
            }
            return new Page<>(items, page.page(), page.size(), total);
        });
    }
}

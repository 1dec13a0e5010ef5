package dev.kehu.profiling.product;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.profiling.config.PrefixProjection;
import dev.kehu.profiling.domain.client.RecordedBy;
import dev.kehu.profiling.domain.product.ProductEvent;
import jakarta.inject.Singleton;

/**
 * The catalogue read model: {@code product} holds each product as it is now (the last event per code
 * in a batch, written once), {@code product_change} every registration and change, for the history.
 */
@Singleton
public class ProductProjection extends PrefixProjection {

    public static final String NAME = "products";

    public ProductProjection(EventCodec codec) {
        super(codec, NAME, "profiling.product.", "product", "product_change");
    }

    @Override
    public void apply(Connection c, List<StoredEvent> events) throws SQLException {
        Map<String, StoredEvent> latest = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("insert into product_change (event_id, product_code, "
                + "stream_version, recorded_at, data, recorded_by) values (?, ?, ?, ?, ?::json, ?::json) "
                + "on conflict do nothing")) {
            for (StoredEvent s : events) {
                ProductEvent e = (ProductEvent) s.event();
                latest.put(e.productCode(), s);
                RecordedBy by = RecordedBy.of(s.metadata());
                ps.setObject(1, s.eventId());
                ps.setString(2, e.productCode());
                ps.setLong(3, s.version());
                ps.setTimestamp(4, Timestamp.from(e.recordedAt()));
                ps.setString(5, codec.toJson(e));
                ps.setString(6, by == null ? null : codec.toJson(by));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into product (product_code, risk_level, on_sale, "
                + "product_type, version, updated_at, details) values (?, ?, ?, ?, ?, ?, ?::json) on conflict "
                + "(product_code) do update set risk_level = excluded.risk_level, on_sale = excluded.on_sale, "
                + "product_type = excluded.product_type, version = excluded.version, updated_at = excluded.updated_at, "
                + "details = excluded.details where product.version < excluded.version")) {
            for (StoredEvent s : latest.values()) {
                ProductEvent e = (ProductEvent) s.event();
                ps.setString(1, e.productCode());
                ps.setString(2, e.details().riskLevel().name());
                ps.setBoolean(3, e.details().onSale());
                ps.setString(4, e.details().productType());
                ps.setLong(5, s.version());
                ps.setTimestamp(6, Timestamp.from(e.recordedAt()));
                ps.setString(7, codec.toJson(e.details()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}

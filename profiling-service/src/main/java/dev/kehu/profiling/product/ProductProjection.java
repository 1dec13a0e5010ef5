package dev.kehu.profiling.product;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.Columns;
import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.StoredEvent;
import dev.kehu.profiling.common.EventRowProjection;
import dev.kehu.profiling.common.PrefixProjection;
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
        Columns changes = new Columns(6);
        for (StoredEvent s : events) {
            ProductEvent e = (ProductEvent) s.event();
            latest.put(e.productCode(), s);
            changes.add(s.eventId(), e.productCode(), s.version(), e.recordedAt(), codec.toJson(e),
                    EventRowProjection.recordedBy(codec, s));
        }
        changes.execute(c, "insert into product_change (event_id, product_code, stream_version, recorded_at, data, "
                + "recorded_by) select r.event_id, r.product_code, r.stream_version, r.recorded_at, r.data::jsonb, "
                + "r.recorded_by::jsonb from unnest(?::uuid[], ?::text[], ?::bigint[], ?::timestamptz[], ?::text[], "
                + "?::text[]) r(event_id, product_code, stream_version, recorded_at, data, recorded_by) "
                + "on conflict do nothing");
        Columns products = new Columns(7);
        for (StoredEvent s : latest.values()) {
            ProductEvent e = (ProductEvent) s.event();
            products.add(e.productCode(), e.details().riskLevel().name(), e.details().onSale(),
                    e.details().productType(), s.version(), e.recordedAt(), codec.toJson(e.details()));
        }
        products.execute(c, "insert into product (product_code, risk_level, on_sale, product_type, version, "
                + "updated_at, details) select r.product_code, r.risk_level, r.on_sale, r.product_type, r.version, "
                + "r.updated_at, r.details::jsonb from unnest(?::text[], ?::text[], ?::boolean[], ?::text[], "
                + "?::bigint[], ?::timestamptz[], ?::text[]) r(product_code, risk_level, on_sale, product_type, version, "
                + "updated_at, details) on conflict (product_code) do update set "
                + "risk_level = excluded.risk_level, on_sale = excluded.on_sale, product_type = excluded.product_type, "
                + "version = excluded.version, updated_at = excluded.updated_at, details = excluded.details "
                + "where product.version < excluded.version");
    }
}

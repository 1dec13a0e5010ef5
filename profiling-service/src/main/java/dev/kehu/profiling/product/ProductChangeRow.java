package dev.kehu.profiling.product;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code product_change}: one registration or change of a product (written by {@link ProductProjection}). */
@Entity
@Immutable
@Table(name = "product_change")
public class ProductChangeRow {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "product_code", nullable = false)
    public String productCode;

    @Column(name = "stream_version", nullable = false)
    public long streamVersion;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "data", nullable = false)
    public String data;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recorded_by")
    public String recordedBy;
}

package dev.kehu.profiling.product;

import java.time.Instant;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the {@code product} read model (written by {@link ProductProjection}). */
@Entity
@Immutable
@Table(name = "product")
public class ProductRow {

    @Id
    @Column(name = "product_code")
    public String productCode;

    @Column(name = "risk_level", nullable = false)
    public String riskLevel;

    @Column(name = "on_sale", nullable = false)
    public boolean onSale;

    @Column(name = "product_type", nullable = false)
    public String productType;

    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The {@code ProductDetails} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "details", nullable = false)
    public String details;
}

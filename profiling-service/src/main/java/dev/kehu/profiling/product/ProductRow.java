package dev.kehu.profiling.product;

import java.time.Instant;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the {@code product} read model (written by {@link ProductProjection}). */
@Entity
@Immutable
@Table(name = "product")
public class ProductRow {

    @Id
    public String productCode;

    public String riskLevel;

    public boolean onSale;

    public String productType;

    public long version;

    public Instant updatedAt;

    /** The {@code ProductDetails} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String details;
}

package dev.kehu.profiling.product;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;

import dev.kehu.profiling.config.EventRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code product_change}: one registration or change of a product (written by {@link ProductProjection}). */
@Entity
@Immutable
@Table(name = "product_change")
public class ProductChangeRow extends EventRow {

    @Id
    public UUID eventId;

    public String productCode;

    public Instant recordedAt;
}

package dev.kehu.segmentation.readmodel;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code client_segment}, read only: the {@code client-segment} projection writes it (JDBC,
 * during ingest) and Flyway owns the table; Hibernate only validates the mapping and reads.
 */
@Entity
@Immutable
@Table(name = "client_segment")
public class ClientSegmentRow {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "segment")
    public String segment;

    @Column(name = "size")
    public String size;

    @Column(name = "activity")
    public String activity;

    @Column(name = "priority")
    public String priority;

    @Column(name = "service_tier")
    public String serviceTier;

    @Column(name = "average_assets")
    public BigDecimal averageAssets;

    @Column(name = "turnover")
    public BigDecimal turnover;

    @Column(name = "as_of")
    public LocalDate asOf;

    @Column(name = "version")
    public long version;

    ClientSegmentView view() {
        return new ClientSegmentView(clientId, segment, size, activity, priority, serviceTier, averageAssets, turnover,
                asOf);
    }
}

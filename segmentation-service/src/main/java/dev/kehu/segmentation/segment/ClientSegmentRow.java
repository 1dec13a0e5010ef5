package dev.kehu.segmentation.segment;

import org.hibernate.annotations.Immutable;

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
public class ClientSegmentRow extends SegmentColumns {

    @Id
    public String clientId;

    public String serviceTier;

    public long version;

    ClientSegmentView view() {
        return new ClientSegmentView(clientId, segment, size, activity, priority, serviceTier, averageAssets, turnover,
                asOf);
    }
}

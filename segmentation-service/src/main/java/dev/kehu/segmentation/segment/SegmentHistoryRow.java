package dev.kehu.segmentation.segment;

import java.io.Serializable;
import java.util.Objects;

import org.hibernate.annotations.Immutable;

import dev.kehu.segmentation.domain.segment.Priority;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A row of {@code segment_history}, one per segment change, read only: the {@code client-segment}
 * projection writes it (JDBC, during ingest) and Flyway owns the table.
 */
@Entity
@Immutable
@Table(name = "segment_history")
@IdClass(SegmentHistoryRow.Key.class)
public class SegmentHistoryRow extends SegmentColumns {

    @Id
    public String clientId;

    @Id
    public long version;

    public String previousSegment;

    SegmentChangeView view() {
        return new SegmentChangeView(clientId, version, previousSegment, segment, size, activity, priority, averageAssets,
                turnover, asOf);
    }

    /** The segment as this change set it (the metrics of the change; the tier follows from the priority). */
    ClientSegmentView segmentView() {
        return new ClientSegmentView(clientId, segment, size, activity, priority,
                Priority.valueOf(priority).serviceTier().name(), averageAssets, turnover, asOf);
    }

    /** The primary key (client, stream version). */
    public static class Key implements Serializable {
        public String clientId;
        public long version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && version == k.version && Objects.equals(clientId, k.clientId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, version);
        }
    }
}

package dev.kehu.segmentation.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.contract.SegmentChanged;
import dev.kehu.eventstore.runtime.KnownLabels;
import dev.kehu.segmentation.domain.segment.Segment;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The label values of the counters this service moves, so each series is at 0 from start-up (the
 * consumed feeds' topics come from the channel's configuration): the topic it publishes, and every
 * segment move, {@code NONE} → a segment for a client's first classification.
 */
public class SegmentationMetricLabels {

    @Produces
    @Singleton
    KnownLabels known() {
        return KnownLabels.publishing(SegmentChanged.TOPIC).counting(SegmentChanged.TYPE, moves());
    }

    static List<Map<String, String>> moves() {
        List<Map<String, String>> moves = new ArrayList<>();
        for (Segment to : Segment.values()) {
            moves.add(Map.of("from", "NONE", "to", to.name()));
            for (Segment from : Segment.values()) {
                if (from != to) {
                    moves.add(Map.of("from", from.name(), "to", to.name()));
                }
            }
        }
        return moves;
    }
}

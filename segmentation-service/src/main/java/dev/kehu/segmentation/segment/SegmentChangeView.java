package dev.kehu.segmentation.segment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One segment change of a client, as it was published on {@code segmentation.segment-changed}. */
@Schema(name = "SegmentChange", description = "One segment change of a client, as published")
public record SegmentChangeView(String clientId,
                                @Schema(description = "the client's stream version of the change") long version,
                                @Schema(nullable = true, description = "null on the first classification")
                                String previousSegment,
                                String segment, String size, String activity, String priority,
                                BigDecimal averageAssets, BigDecimal turnover, LocalDate asOf) {
}

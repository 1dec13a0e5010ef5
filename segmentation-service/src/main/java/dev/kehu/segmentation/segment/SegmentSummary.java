package dev.kehu.segmentation.segment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The 3 × 3 matrix of client counts by size (rows) and activity (cells), plus the total
 * (docs/contract.md#segmentation-service-8082).
 */
@Schema(name = "SegmentSummary", description = "Client counts by size and activity; each cell drills down to "
        + "GET /api/v1/clients?segment=<SIZE>_<ACTIVITY>")
@JsonPropertyOrder({"LARGE", "MEDIUM", "SMALL", "total"})
public record SegmentSummary(@JsonProperty("LARGE") Row large, @JsonProperty("MEDIUM") Row medium,
                             @JsonProperty("SMALL") Row small, long total) {

    /** One size's clients by activity. */
    @Schema(name = "SegmentSummaryRow")
    @JsonPropertyOrder({"SHORT_TERM", "STABLE", "STATIC"})
    public record Row(@JsonProperty("SHORT_TERM") long shortTerm, @JsonProperty("STABLE") long stable,
                      @JsonProperty("STATIC") long staticCount) {
    }
}

package dev.kehu.segmentation.segment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client's segment (docs/domain.md#4-segmentation-size--activity) plus the service tier that follows from its priority. */
@Schema(name = "ClientSegment", description = "A client's segment, the metrics it was decided on and its service tier")
public record ClientSegmentView(String clientId,
                                @Schema(description = "<SIZE>_<ACTIVITY>, one of the nine") String segment,
                                @Schema(enumeration = {"LARGE", "MEDIUM", "SMALL"}) String size,
                                @Schema(enumeration = {"SHORT_TERM", "STABLE", "STATIC"}) String activity,
                                @Schema(enumeration = {"KEY", "IMPORTANT", "STANDARD"}) String priority,
                                @Schema(enumeration = {"PREMIUM", "VALUE_ADDED", "BASIC"}) String serviceTier,
                                @Schema(description = "CNY, mean of the window's daily totals") BigDecimal averageAssets,
                                BigDecimal turnover,
                                @Schema(description = "the balance day the classification is as of") LocalDate asOf) {
}

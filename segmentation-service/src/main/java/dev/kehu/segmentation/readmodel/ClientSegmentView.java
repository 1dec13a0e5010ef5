package dev.kehu.segmentation.readmodel;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A client's current segment (SPEC §5) plus the service tier that follows from its priority. */
public record ClientSegmentView(String clientId, String segment, String size, String activity, String priority,
                                String serviceTier, BigDecimal averageAssets, BigDecimal turnover, LocalDate asOf) {
}

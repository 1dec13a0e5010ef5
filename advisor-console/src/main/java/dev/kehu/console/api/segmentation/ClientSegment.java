package dev.kehu.console.api.segmentation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A client's segment, the metrics it was decided on and its priority. */
public record ClientSegment(String clientId, String segment, String priority, BigDecimal averageAssets,
        BigDecimal turnover, LocalDate asOf) {
}

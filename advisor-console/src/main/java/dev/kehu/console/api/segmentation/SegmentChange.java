package dev.kehu.console.api.segmentation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One segment change of a client (its history, newest first). */
public record SegmentChange(String segment, BigDecimal averageAssets, LocalDate asOf) {
}

package dev.kehu.segmentation.readmodel;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One segment change of a client, as it was published. */
public record SegmentChangeView(long version, String previousSegment, String segment, String size,
                                String activity, String priority, BigDecimal averageAssets, BigDecimal turnover,
                                LocalDate asOf) {
}

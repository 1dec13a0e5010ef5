package dev.kehu.segmentation.segment;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.MappedSuperclass;

/** The classification columns {@code client_segment} and {@code segment_history} both have. */
@MappedSuperclass
public abstract class SegmentColumns {

    public String segment;
    public String size;
    public String activity;
    public String priority;
    public BigDecimal turnover;

    public BigDecimal averageAssets;

    public LocalDate asOf;
}

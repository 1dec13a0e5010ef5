package dev.kehu.segmentation.domain.segment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A client's metrics over the window ending at {@code asOf} and the segment they put it in. */
public record Classification(LocalDate asOf, BigDecimal averageAssets, BigDecimal turnover, Segment segment) {

    public Size size() {
        return segment.size();
    }

    public Activity activity() {
        return segment.activity();
    }

    public Priority priority() {
        return segment.priority();
    }
}

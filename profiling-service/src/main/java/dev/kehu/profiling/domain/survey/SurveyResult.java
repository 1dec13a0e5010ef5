package dev.kehu.profiling.domain.survey;

import java.math.BigDecimal;
import java.util.Map;

/** Mean gap (perception − expectation) per dimension and over all items; negative is a shortfall. */
public record SurveyResult(Map<Dimension, BigDecimal> dimensionGaps, BigDecimal overallGap) {
}

package dev.kehu.profiling.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.kehu.eventstore.problem.FieldError;
import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.domain.survey.Dimension;
import dev.kehu.profiling.domain.survey.Rating;
import dev.kehu.profiling.domain.survey.Servqual;
import dev.kehu.profiling.domain.survey.ServqualScorer;
import dev.kehu.profiling.domain.survey.SurveyResult;

class ServqualScorerTest {

    static final Servqual V1 = DataFiles.builtIn("servqual", "v1", Servqual.class).check();

    @Test
    void hasTheTwentyTwoStandardItemsOverFiveDimensions() {
        Map<Dimension, Long> perDimension = new HashMap<>();
        V1.items().forEach(i -> perDimension.merge(i.dimension(), 1L, Long::sum));
        assertEquals(Map.of(Dimension.TANGIBLES, 5L, Dimension.RELIABILITY, 5L, Dimension.RESPONSIVENESS, 4L,
                Dimension.ASSURANCE, 4L, Dimension.EMPATHY, 4L), perDimension);
    }

    /** Perception − expectation per item of each dimension (T, R, S, A, E), all items of a dimension alike. */
    @ParameterizedTest(name = "gaps {0},{1},{2},{3},{4} → overall {5}")
    @CsvSource({
            "0, 0, 0, 0, 0, 0.00",
            "-1, -1, -1, -1, -1, -1.00",
            "-2, 0, 0, 0, 0, -0.45",
            "1, -1, 2, -3, 0, -0.18",
            "6, 6, 6, 6, 6, 6.00",
            "-6, -6, -6, -6, -6, -6.00"})
    void gapsArePerceptionMinusExpectationAveraged(int t, int r, int s, int a, int e, String overall) {
        Map<Dimension, Integer> gap = Map.of(Dimension.TANGIBLES, t, Dimension.RELIABILITY, r,
                Dimension.RESPONSIVENESS, s, Dimension.ASSURANCE, a, Dimension.EMPATHY, e);
        Map<String, Rating> ratings = new HashMap<>();
        V1.items().forEach(i -> {
            int g = gap.get(i.dimension());
            ratings.put(i.id(), g >= 0 ? new Rating(1, 1 + g) : new Rating(7, 7 + g));
        });
        SurveyResult result = ServqualScorer.score(V1, ratings);
        assertEquals(new BigDecimal(overall), result.overallGap());
        gap.forEach((d, g) -> assertEquals(new BigDecimal(g).setScale(2), result.dimensionGaps().get(d)));
    }

    @Test
    void aDimensionMeanKeepsTwoDecimals() {
        Map<String, Rating> ratings = new HashMap<>();
        V1.items().forEach(i -> ratings.put(i.id(), new Rating(5, 5)));
        ratings.put("T1", new Rating(6, 4));
        assertEquals(new BigDecimal("-0.40"), ServqualScorer.score(V1, ratings).dimensionGaps().get(Dimension.TANGIBLES));
        assertEquals(new BigDecimal("-0.09"), ServqualScorer.score(V1, ratings).overallGap());
    }

    @Test
    void badRatingsAreNamedByItemAndSide() throws Exception {
        Map<String, JsonNode> raw = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        V1.items().forEach(i -> raw.put(i.id(), json.createObjectNode().put("expectation", 5).put("perception", 5)));
        raw.put("T1", json.readTree("{\"expectation\": 0, \"perception\": 8}"));
        raw.remove("E4");
        raw.put("X9", json.readTree("{\"expectation\": 1, \"perception\": 1}"));
        raw.put("R2", json.readTree("{\"expectation\": 4.5, \"perception\": 3}"));
        List<String> fields = RatingValidator.validate(V1, raw).errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("ratings.T1.expectation", "ratings.T1.perception", "ratings.R2.expectation",
                "ratings.E4", "ratings.X9"), fields);
    }
}

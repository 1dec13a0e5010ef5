package dev.kehu.profiling.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.kehu.profiling.assessment.Fixtures;
import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.RiskCategories;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;

/** docs/domain.md#risk-category: the category of every capacity × attitude band pair (the LOWER band decides), and the lowest category. */
class RiskCategoriesTest {

    static final RiskCategories V1 = Fixtures.CATEGORIES;

    @ParameterizedTest(name = "capacity {0} × attitude {1} → {2}")
    @CsvSource({
            "LOW, LOW, C1", "LOW, MEDIUM_LOW, C1", "LOW, MEDIUM, C1", "LOW, MEDIUM_HIGH, C1", "LOW, HIGH, C1",
            "MEDIUM_LOW, LOW, C1", "MEDIUM_LOW, MEDIUM_LOW, C2", "MEDIUM_LOW, MEDIUM, C2",
            "MEDIUM_LOW, MEDIUM_HIGH, C2", "MEDIUM_LOW, HIGH, C2",
            "MEDIUM, LOW, C1", "MEDIUM, MEDIUM_LOW, C2", "MEDIUM, MEDIUM, C3", "MEDIUM, MEDIUM_HIGH, C3",
            "MEDIUM, HIGH, C3",
            "MEDIUM_HIGH, LOW, C1", "MEDIUM_HIGH, MEDIUM_LOW, C2", "MEDIUM_HIGH, MEDIUM, C3",
            "MEDIUM_HIGH, MEDIUM_HIGH, C4", "MEDIUM_HIGH, HIGH, C4",
            "HIGH, LOW, C1", "HIGH, MEDIUM_LOW, C2", "HIGH, MEDIUM, C3", "HIGH, MEDIUM_HIGH, C4", "HIGH, HIGH, C5"})
    void everyBandPairHasTheCategoryOfItsLowerBand(Band capacity, Band attitude, RiskCategory expected) {
        RiskCategories.Categorized c = V1.categorize(capacity, attitude, Map.of("maxLossPercent", 12));
        assertEquals(expected, c.category());
        assertEquals(false, c.lowest());
    }

    @ParameterizedTest(name = "maxLossPercent {0} with HIGH × HIGH → {1}, lowest {2}")
    @CsvSource({"0, C1, true", "1, C5, false", "25, C5, false"})
    void noBearableLossIsTheLowestCategoryWhateverTheBands(int maxLoss, RiskCategory expected, boolean lowest) {
        RiskCategories.Categorized c = V1.categorize(Band.HIGH, Band.HIGH, Map.of("maxLossPercent", maxLoss));
        assertEquals(expected, c.category());
        assertEquals(lowest, c.lowest());
    }

    @ParameterizedTest(name = "a mapping without {0} is refused")
    @CsvSource({"HIGH", "LOW"})
    void anIncompleteMappingIsRefused(Band missing) {
        Map<Band, RiskCategory> byBand = new EnumMap<>(V1.byBand());
        byBand.remove(missing);
        RiskCategories broken = new RiskCategories("x", byBand, V1.labels(), V1.lowest());
        assertThrows(IllegalStateException.class, broken::check);
    }

    @ParameterizedTest(name = "a falling mapping is refused")
    @CsvSource({"HIGH, C1"})
    void aFallingMappingIsRefused(Band band, RiskCategory category) {
        Map<Band, RiskCategory> byBand = new EnumMap<>(V1.byBand());
        byBand.put(band, category);
        assertThrows(IllegalStateException.class, new RiskCategories("x", byBand, V1.labels(), V1.lowest())::check);
    }
}

package dev.kehu.profiling.domain.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.kehu.profiling.assessment.Fixtures;
import dev.kehu.profiling.config.DataFiles;
import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.Allocation;
import dev.kehu.profiling.domain.questionnaire.Band;
import dev.kehu.profiling.domain.questionnaire.Labels;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;

/**
 * docs/domain.md#recommendations over every category C1–C5 (and the lowest category) × the 25 cells of the v1
 * allocation grid, with a product on sale at every level: allowed + blocked add up to the allocation, nothing
 * above the category is listed, a lowest-category client gets R1 only; and what NO_PRODUCT does.
 */
class RecommenderTest {

    static final BucketMap MAP = DataFiles.builtIn("recommendation-buckets", "v1", BucketMap.class).check();

    /** Two products per level, one of them MEDIUM horizon, one LONG. */
    static final List<Offer> EVERY_LEVEL = everyLevel();

    static List<Offer> everyLevel() {
        List<Offer> all = new ArrayList<>();
        for (RiskLevel l : RiskLevel.values()) {
            all.add(new Offer(l + "-A", new Labels("产品", "Product"), l, Horizon.MEDIUM));
            all.add(new Offer(l + "-B", new Labels("产品", "Product"), l, Horizon.LONG));
        }
        return all;
    }

    /** category (null: lowest category), attitude band, capacity band. */
    static Stream<Arguments> everyCategoryAndCell() {
        List<Arguments> all = new ArrayList<>();
        List<RiskCategory> categories = new ArrayList<>(List.of(RiskCategory.values()));
        categories.add(null);
        for (RiskCategory c : categories) {
            for (Band attitude : Band.values()) {
                for (Band capacity : Band.values()) {
                    all.add(Arguments.of(c, attitude, capacity));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} × attitude {1} × capacity {2}")
    @MethodSource("everyCategoryAndCell")
    void allowedAndBlockedAddUpAndNothingAboveTheCategoryIsListed(RiskCategory c, Band attitude, Band capacity) {
        boolean lowest = c == null;
        RiskCategory category = lowest ? RiskCategory.C1 : c;
        Allocation allocation = Fixtures.V1.allocation(attitude, capacity);
        Recommender.Result r = Recommender.recommend(MAP, category, lowest, allocation, EVERY_LEVEL, Horizon.LONG);
        int highest = lowest ? 1 : category.rank();

        assertEquals(List.of(Bucket.LOW, Bucket.MEDIUM, Bucket.HIGH), r.buckets().stream().map(BucketShare::bucket)
                .toList());
        assertEquals(List.of(allocation.lowRisk(), allocation.mediumRisk(), allocation.highRisk()),
                r.buckets().stream().map(BucketShare::targetPercent).toList(), "targets are the grid's cell");
        int kept = 0;
        int blocked = 0;
        int allowed = 0;
        for (BucketShare b : r.buckets()) {
            boolean suits = MAP.levels(b.bucket()).stream().anyMatch(l -> l.rank() <= highest);
            assertEquals(suits ? null : BlockedReason.CATEGORY, b.blockedReason(), b.toString());
            assertEquals(suits ? 0 : b.targetPercent(), b.blockedPercent(), b.toString());
            assertTrue(b.allowedPercent() >= b.targetPercent() - b.blockedPercent(), b.toString());
            for (Offer o : b.products()) {
                assertTrue(o.riskLevel().rank() <= highest, "listed above the category: " + o + " in " + b);
                assertTrue(MAP.levels(b.bucket()).contains(o.riskLevel()), o + " outside its bucket " + b);
            }
            assertEquals(suits, !b.products().isEmpty(), "an allowed bucket lists its suitable products: " + b);
            kept += b.targetPercent() - b.blockedPercent();
            blocked += b.blockedPercent();
            allowed += b.allowedPercent();
        }
        assertEquals(100, kept + blocked, "kept + blocked is the allocation");
        assertEquals(100, allowed, "every blocked share moved: the allowed shares add up to the allocation");
        assertEquals(0, r.unplacedPercent());
        // the blocked share sits in the highest bucket the category allows, and only there
        BucketShare top = r.buckets().stream().filter(b -> b.blockedReason() == null).reduce((a, b) -> b)
                .orElseThrow();
        assertEquals(top.targetPercent() + blocked, top.allowedPercent(), "moved to " + top.bucket());
        if (lowest) {
            assertTrue(r.buckets().stream().flatMap(b -> b.products().stream())
                    .allMatch(o -> o.riskLevel() == RiskLevel.R1), "lowest category: R1 only");
        }
    }

    @Test
    void aC1ClientWithHighCapacityAndLowAttitudeHoldsEverythingInLowRiskProducts() {
        Allocation cell = Fixtures.V1.allocation(Band.LOW, Band.HIGH);
        assertEquals(new Allocation(0, 50, 50), cell, "the grid tells this client 50% in high-risk products");
        Recommender.Result r = Recommender.recommend(MAP, RiskCategory.C1, false, cell, EVERY_LEVEL, null);
        assertEquals(List.of(100, 0, 0), r.buckets().stream().map(BucketShare::allowedPercent).toList());
        assertEquals(List.of(0, 50, 50), r.buckets().stream().map(BucketShare::blockedPercent).toList());
        assertEquals(List.of("R1-A", "R1-B"), r.buckets().get(0).products().stream().map(Offer::productCode).toList(),
                "C1: R1 of the LOW bucket only, not R2");
    }

    @Test
    void theClientsHorizonComesFirstThenLevelAndCode() {
        Recommender.Result r = Recommender.recommend(MAP, RiskCategory.C5, false, new Allocation(30, 30, 40),
                EVERY_LEVEL, Horizon.LONG);
        assertEquals(List.of("R1-B", "R2-B", "R1-A", "R2-A"), codes(r, Bucket.LOW));
        assertEquals(List.of("R4-B", "R5-B", "R4-A", "R5-A"), codes(r, Bucket.HIGH));
        Recommender.Result none = Recommender.recommend(MAP, RiskCategory.C5, false, new Allocation(30, 30, 40),
                EVERY_LEVEL, null);
        assertEquals(List.of("R1-A", "R1-B", "R2-A", "R2-B"), codes(none, Bucket.LOW));
    }

    @Test
    void aBucketWithoutAProductOnSaleMovesItsShareDownNeverUp() {
        // C5, nothing on sale at R4/R5: HIGH is NO_PRODUCT and its share goes to MEDIUM
        List<Offer> lowAndMedium = EVERY_LEVEL.stream().filter(o -> o.riskLevel().rank() <= 3).toList();
        Recommender.Result r = Recommender.recommend(MAP, RiskCategory.C5, false, new Allocation(0, 30, 70),
                lowAndMedium, null);
        assertEquals(BlockedReason.NO_PRODUCT, r.buckets().get(2).blockedReason());
        assertEquals(List.of(0, 100, 0), r.buckets().stream().map(BucketShare::allowedPercent).toList());
        assertEquals(List.of(0, 0, 70), r.buckets().stream().map(BucketShare::blockedPercent).toList());
        // nothing on sale at R1/R2: LOW's share has no lower bucket and stays unplaced, never moved up to MEDIUM
        List<Offer> noLow = EVERY_LEVEL.stream().filter(o -> o.riskLevel().rank() >= 3).toList();
        Recommender.Result up = Recommender.recommend(MAP, RiskCategory.C5, false, new Allocation(20, 50, 30),
                noLow, null);
        assertEquals(BlockedReason.NO_PRODUCT, up.buckets().get(0).blockedReason());
        assertEquals(List.of(0, 50, 30), up.buckets().stream().map(BucketShare::allowedPercent).toList());
        assertEquals(20, up.unplacedPercent());
        // C3 with HIGH blocked by the category and nothing at R3: both shares fall to LOW
        List<Offer> noR3 = EVERY_LEVEL.stream().filter(o -> o.riskLevel() != RiskLevel.R3).toList();
        Recommender.Result c4 = Recommender.recommend(MAP, RiskCategory.C3, false, new Allocation(0, 40, 60), noR3,
                null);
        assertEquals(List.of(BlockedReason.NO_PRODUCT, BlockedReason.CATEGORY),
                List.of(c4.buckets().get(1).blockedReason(), c4.buckets().get(2).blockedReason()));
        assertEquals(List.of(100, 0, 0), c4.buckets().stream().map(BucketShare::allowedPercent).toList());
        assertNull(c4.buckets().get(0).blockedReason());
        // nothing on sale at all: every share unplaced
        Recommender.Result empty = Recommender.recommend(MAP, RiskCategory.C5, false, new Allocation(40, 40, 20),
                List.of(), null);
        assertEquals(100, empty.unplacedPercent());
        assertEquals(List.of(0, 0, 0), empty.buckets().stream().map(BucketShare::allowedPercent).toList());
    }

    @Test
    void aBucketMapThatOverlapsOrSkipsALevelIsRefusedAtLoading() {
        Map<BlockedReason, Labels> reasons = MAP.reasons();
        assertThrows(IllegalStateException.class, () -> new BucketMap("x", Map.of(Bucket.LOW, List.of(RiskLevel.R1,
                RiskLevel.R2), Bucket.MEDIUM, List.of(RiskLevel.R2, RiskLevel.R3), Bucket.HIGH, List.of(RiskLevel.R4,
                RiskLevel.R5)), 20, reasons).check());
        assertThrows(IllegalStateException.class, () -> new BucketMap("x", Map.of(Bucket.LOW, List.of(RiskLevel.R1),
                Bucket.MEDIUM, List.of(RiskLevel.R3), Bucket.HIGH, List.of(RiskLevel.R4, RiskLevel.R5)), 20, reasons)
                .check());
        assertThrows(IllegalStateException.class, () -> new BucketMap("x", Map.of(Bucket.LOW, List.of(RiskLevel.R4),
                Bucket.MEDIUM, List.of(RiskLevel.R3), Bucket.HIGH, List.of(RiskLevel.R1, RiskLevel.R2, RiskLevel.R5)),
                20, reasons).check());
    }

    private static List<String> codes(Recommender.Result r, Bucket b) {
        return r.buckets().get(b.ordinal()).products().stream().map(Offer::productCode).toList();
    }
}

package dev.kehu.profiling.domain.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.Allocation;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;

/**
 * Turns an allocation into the products a client may buy (docs/domain.md#recommendations), so allocation and
 * suitability never contradict each other:
 * <ul>
 * <li>a product is listed when it is on sale and suits the category (Rn ≤ Cm; a lowest-category client R1 only),
 *     those of the client's horizon first;</li>
 * <li>a bucket none of whose levels suits the category is blocked (CATEGORY); one the category allows but with
 *     no such product on sale is blocked too (NO_PRODUCT);</li>
 * <li>a blocked bucket's share moves to the highest open bucket below it — for CATEGORY that is the highest
 *     bucket the category allows; a share is never moved up, to more risk than the grid asked for;</li>
 * <li>a share no bucket below can take stays unplaced ({@link Result#unplacedPercent()}).</li>
 * </ul>
 * Pure: the products on sale, the map and the client's facts come in.
 */
public final class Recommender {

    private Recommender() {
    }

    /** The buckets LOW, MEDIUM, HIGH, and what no bucket could take. */
    public record Result(List<BucketShare> buckets, int unplacedPercent) {
    }

    /**
     * @param onSale  products on sale (any level: those that do not suit are left out here)
     * @param horizon the client's horizon from its needs, or null
     */
    public static Result recommend(BucketMap map, RiskCategory category, boolean lowestCategory, Allocation allocation,
                                   List<Offer> onSale, Horizon horizon) {
        int highest = lowestCategory ? RiskLevel.R1.rank() : category.rank();
        Map<Bucket, Integer> target = new EnumMap<>(Map.of(Bucket.LOW, allocation.lowRisk(), Bucket.MEDIUM,
                allocation.mediumRisk(), Bucket.HIGH, allocation.highRisk()));
        Map<Bucket, List<Offer>> products = new EnumMap<>(Bucket.class);
        Map<Bucket, BlockedReason> reason = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            List<RiskLevel> suitable = map.levels(b).stream().filter(l -> l.rank() <= highest).toList();
            List<Offer> listed = onSale.stream().filter(o -> suitable.contains(o.riskLevel()))
                    .sorted(order(horizon)).limit(map.maxProductsPerBucket()).toList();
            products.put(b, listed);
            if (suitable.isEmpty()) {
                reason.put(b, BlockedReason.CATEGORY);
            } else if (listed.isEmpty()) {
                reason.put(b, BlockedReason.NO_PRODUCT);
            }
        }
        // from the top down: a blocked bucket's share waits for the next open bucket below it
        Map<Bucket, Integer> received = new EnumMap<>(Bucket.class);
        int carried = 0;
        for (int i = Bucket.values().length - 1; i >= 0; i--) {
            Bucket b = Bucket.values()[i];
            if (reason.containsKey(b)) {
                carried += target.get(b);
            } else {
                received.put(b, carried);
                carried = 0;
            }
        }
        List<BucketShare> buckets = new ArrayList<>();
        for (Bucket b : Bucket.values()) {
            boolean blocked = reason.containsKey(b);
            int own = target.get(b);
            buckets.add(new BucketShare(b, own, blocked ? 0 : own + received.get(b), blocked ? own : 0, reason.get(b),
                    products.get(b)));
        }
        return new Result(buckets, carried);
    }

    /** The client's horizon first, then by risk level and code, so the list is stable. */
    private static Comparator<Offer> order(Horizon horizon) {
        return Comparator.<Offer, Boolean>comparing(o -> horizon == null || o.horizon() != horizon)
                .thenComparing(Offer::riskLevel).thenComparing(Offer::productCode);
    }
}

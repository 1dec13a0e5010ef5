package dev.kehu.profiling.domain.recommendation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.Labels;

/**
 * Which product risk levels each bucket of the allocation holds, as versioned data
 * ({@code questionnaires/recommendation-buckets-<v>.json}, docs/domain.md#bucket-map), and how many
 * products a bucket lists at most, and the blocked reasons' texts.
 */
public record BucketMap(String version, Map<Bucket, List<RiskLevel>> levels, int maxProductsPerBucket,
                        Map<BlockedReason, Labels> reasons) {

    public List<RiskLevel> levels(Bucket bucket) {
        return levels.get(bucket);
    }

    /** Fails unless each level is in exactly one bucket, no bucket is empty and LOW < MEDIUM < HIGH by level. */
    public BucketMap check() {
        if (version == null || levels == null || maxProductsPerBucket < 1) {
            throw new IllegalStateException("bucket map needs a version, levels and maxProductsPerBucket ≥ 1");
        }
        Set<RiskLevel> seen = EnumSet.noneOf(RiskLevel.class);
        int highestBelow = 0;
        for (Bucket b : Bucket.values()) {
            List<RiskLevel> in = levels.get(b);
            if (in == null || in.isEmpty()) {
                throw new IllegalStateException("bucket map " + version + ": bucket " + b + " holds no level");
            }
            for (RiskLevel l : in) {
                if (!seen.add(l) || l.rank() <= highestBelow) {
                    throw new IllegalStateException("bucket map " + version + ": " + l
                            + " is in two buckets or below a lower bucket's levels");
                }
            }
            highestBelow = in.stream().mapToInt(RiskLevel::rank).max().orElseThrow();
        }
        for (BlockedReason r : BlockedReason.values()) {
            Labels text = reasons == null ? null : reasons.get(r);
            if (text == null || text.zh() == null || text.zh().isBlank() || text.en() == null || text.en().isBlank()) {
                throw new IllegalStateException("bucket map " + version + ": reason " + r + " needs {zh, en}");
            }
        }
        if (!seen.equals(EnumSet.allOf(RiskLevel.class))) {
            throw new IllegalStateException("bucket map " + version + ": every level R1–R5 needs a bucket");
        }
        return this;
    }
}

package dev.kehu.profiling.recommendation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.kehu.profiling.domain.product.Horizon;
import dev.kehu.profiling.domain.product.RiskLevel;
import dev.kehu.profiling.domain.questionnaire.Allocation;
import dev.kehu.profiling.domain.questionnaire.Labels;
import dev.kehu.profiling.domain.questionnaire.RiskCategory;
import dev.kehu.profiling.domain.recommendation.BlockedReason;
import dev.kehu.profiling.domain.recommendation.Bucket;

/**
 * docs/domain.md#recommendations: the allocation turned into products the client may buy. {@code status}
 * {@code OK} or {@code NO_VALID_ASSESSMENT} (then no category, allocation or buckets). Besides the contract's
 * fields: the assessment it rests on, the bucket map's version, the client's {@code horizon} from its needs and
 * {@code unplacedPercent}, a share no bucket could take.
 */
public record RecommendationView(String clientId, String status, RiskCategory riskCategory, boolean lowestCategory,
                                 Allocation allocation, List<BucketView> buckets, int unplacedPercent,
                                 Labels lifePhaseFocus, Horizon horizon, UUID assessmentId, Instant validUntil,
                                 String bucketMapVersion) {

    public static final String OK = "OK";
    public static final String NO_VALID_ASSESSMENT = "NO_VALID_ASSESSMENT";

    /** One bucket; {@code blockedText} says in both languages why its share moved (null when not blocked). */
    public record BucketView(Bucket bucket, List<RiskLevel> riskLevels, int targetPercent, int allowedPercent,
                             int blockedPercent, BlockedReason blockedReason, Labels blockedText,
                             List<ProductItem> products) {
    }

    public record ProductItem(String productCode, Labels name, RiskLevel riskLevel, Horizon horizon) {
    }
}

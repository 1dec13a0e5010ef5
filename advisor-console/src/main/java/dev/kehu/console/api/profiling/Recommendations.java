package dev.kehu.console.api.profiling;

import java.util.List;

import dev.kehu.console.api.Labels;

/**
 * {@code GET /clients/{clientId}/recommendations} (docs/contract.md, profiling-service): the allocation as
 * buckets of products the client may buy; a bucket the category does not allow is blocked and says why.
 */
public record Recommendations(String status, String riskCategory, boolean lowestCategory, List<Bucket> buckets,
        int unplacedPercent, Labels lifePhaseFocus, String horizon) {

    public Recommendations {
        buckets = buckets == null ? List.of() : buckets;
    }

    public boolean noValidAssessment() {
        return !"OK".equals(status);
    }

    public record Bucket(String bucket, List<String> riskLevels, int targetPercent, int allowedPercent,
            int blockedPercent, String blockedReason, Labels blockedText, List<Item> products) {

        public Bucket {
            riskLevels = riskLevels == null ? List.of() : riskLevels;
            products = products == null ? List.of() : products;
        }

        public boolean blocked() {
            return blockedReason != null || blockedPercent > 0;
        }
    }

    public record Item(String productCode, Labels name, String riskLevel, String horizon) {
    }
}

package dev.kehu.profiling.domain.recommendation;

import java.util.List;

/**
 * One bucket of a recommendation (docs/domain.md#recommendations): the grid's share ({@code targetPercent}),
 * what the client may hold in it after blocked shares moved ({@code allowedPercent}), the part of its own
 * share it cannot take ({@code blockedPercent}, 0 or all of it) and why, and the products it lists.
 */
public record BucketShare(Bucket bucket, int targetPercent, int allowedPercent, int blockedPercent,
                          BlockedReason blockedReason, List<Offer> products) {

    public BucketShare {
        products = List.copyOf(products);
    }
}

package dev.kehu.segmentation.domain.segment;

/** How much a segment matters to the branch; the service tier follows from it. */
public enum Priority {
    KEY(ServiceTier.PREMIUM),
    IMPORTANT(ServiceTier.VALUE_ADDED),
    STANDARD(ServiceTier.BASIC);

    private final ServiceTier serviceTier;

    Priority(ServiceTier serviceTier) {
        this.serviceTier = serviceTier;
    }

    public ServiceTier serviceTier() {
        return serviceTier;
    }
}

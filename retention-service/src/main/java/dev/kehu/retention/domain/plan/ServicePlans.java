package dev.kehu.retention.domain.plan;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every tier's plan, one versioned data file ({@code plans/service-plans-<v>.json}). */
public record ServicePlans(String version, List<ServicePlan> plans) {

    public ServicePlans {
        plans = List.copyOf(plans);
        Map<Tier, ServicePlan> byTier = new EnumMap<>(Tier.class);
        for (ServicePlan p : plans) {
            if (byTier.put(p.tier(), p) != null) {
                throw new IllegalArgumentException("tier " + p.tier() + " has two plans in " + version);
            }
        }
        if (byTier.size() != Tier.values().length) {
            throw new IllegalArgumentException("service plans " + version + " must cover every tier");
        }
        if (plans.stream().map(ServicePlan::priority).distinct().count() != plans.size()) {
            throw new IllegalArgumentException("each segment priority maps to one tier in " + version);
        }
    }

    public ServicePlan plan(Tier tier) {
        return plans.stream().filter(p -> p.tier() == tier).findFirst().orElseThrow();
    }

    /** The tier of a segment priority (KEY → PREMIUM, IMPORTANT → VALUE_ADDED, STANDARD → BASIC). */
    public Optional<ServicePlan> forPriority(String priority) {
        return plans.stream().filter(p -> p.priority().equals(priority)).findFirst();
    }
}

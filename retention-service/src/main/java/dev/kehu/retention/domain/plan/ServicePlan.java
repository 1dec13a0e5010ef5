package dev.kehu.retention.domain.plan;

import java.util.List;

/**
 * What one tier is promised (docs/domain.md#service-plans): the segment priority it serves, how often the client is
 * contacted and the services it gets, labelled in Chinese and English.
 */
public record ServicePlan(Tier tier, String priority, String zh, String en, int contactEveryDays,
                          List<PromisedService> promisedServices) {

    public ServicePlan {
        if (tier == null || priority == null || contactEveryDays < 1 || promisedServices == null
                || promisedServices.isEmpty()) {
            throw new IllegalArgumentException("a service plan needs a tier, a priority, a contact interval of at "
                    + "least a day and at least one promised service: " + tier);
        }
        promisedServices = List.copyOf(promisedServices);
    }
}

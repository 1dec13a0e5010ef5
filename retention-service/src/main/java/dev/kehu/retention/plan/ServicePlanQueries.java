package dev.kehu.retention.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.retention.domain.plan.ContactSchedule;
import dev.kehu.retention.domain.plan.PromisedService;
import dev.kehu.retention.domain.plan.ServicePlan;
import dev.kehu.retention.domain.plan.ServicePlans;
import dev.kehu.retention.domain.plan.Tier;
import dev.kehu.retention.domain.signal.ChurnRules;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Service plans and the contacts due, from the service-plan read model (Hibernate ORM with Panache);
 * "today" is the trading day of the wall clock (docs/domain.md#service-plans).
 */
@ApplicationScoped
public class ServicePlanQueries {

    /** A tier's name in both languages. */
    public record Labels(String zh, String en) {
    }

    /** A client's plan and where its contact clock stands today. */
    public record ServicePlanView(String clientId, Tier tier, Labels labels, List<PromisedService> promisedServices,
                                  int contactEveryDays, LocalDate firstClassifiedOn, Instant lastContactAt,
                                  LocalDate nextContactDue, long overdueDays, boolean neglectFlagged) {
    }

    /** A client whose next contact is due. */
    public record DueContact(String clientId, Tier tier, int contactEveryDays, LocalDate firstClassifiedOn,
                             Instant lastContactAt, LocalDate nextContactDue, long overdueDays) {
    }

    @Inject
    ServicePlans plans;

    @Inject
    ChurnRules rules;

    @Inject
    Clock clock;

    public ServicePlanView servicePlan(String clientId) {
        ServicePlanRecord r = ServicePlanRecord.<ServicePlanRecord>findByIdOptional(clientId)
                .filter(p -> p.tier != null && p.firstClassifiedOn != null)
                .orElseThrow(() -> ProblemException.notFound("client " + clientId + " has never been classified"));
        ServicePlan plan = plans.plan(Tier.valueOf(r.tier));
        // one who left has no due day (docs/domain.md#service-plans), so no clock to read
        ContactSchedule schedule = r.nextContactDue == null ? null : schedule(r);
        return new ServicePlanView(clientId, plan.tier(), new Labels(plan.zh(), plan.en()), plan.promisedServices(),
                plan.contactEveryDays(), r.firstClassifiedOn, r.lastContactAt,
                schedule == null ? null : schedule.nextContactDue(), schedule == null ? 0 : schedule.overdueDays(today()),
                r.neglectRaised);
    }

    /** Classified clients due for a contact today or earlier, most overdue first; {@code tier} null or blank: all. */
    public Page<DueContact> due(String tier, PageRequest page) {
        LocalDate today = today();
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        String where = "nextContactDue <= :today";
        if (tier != null && !tier.isBlank()) {
            where += " and tier = :tier";
            params.put("tier", tier(tier).name());
        }
        PanacheQuery<ServicePlanRecord> q = ServicePlanRecord.<ServicePlanRecord>find(where,
                Sort.by("nextContactDue").and("clientId"), params)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        List<DueContact> items = q.list().stream().map(r -> new DueContact(r.clientId, Tier.valueOf(r.tier),
                r.contactEveryDays, r.firstClassifiedOn, r.lastContactAt, r.nextContactDue,
                schedule(r).overdueDays(today))).toList();
        return new Page<>(items, page.page(), page.size(), q.count());
    }

    /** The classified clients. */
    public long classified() {
        return ServicePlanRecord.count("nextContactDue is not null");
    }

    /**
     * The clients the neglect scan must look at: past twice their interval (more than one interval past
     * the due day) and not yet flagged this period. The stream decides; this only narrows the search.
     */
    public List<String> neglectCandidates(LocalDate today) {
        return ServicePlanRecord.<ServicePlanRecord>list("nextContactDue < ?1 and neglectRaised = false",
                Sort.by("clientId"), today).stream()
                .filter(r -> schedule(r).neglected(today)).map(r -> r.clientId).toList();
    }

    private LocalDate today() {
        return rules.tradingDay(clock.instant());
    }

    private static ContactSchedule schedule(ServicePlanRecord r) {
        // the next due day is since + interval, so the clock's start is due − interval
        return new ContactSchedule(r.contactEveryDays, null, r.nextContactDue.minusDays(r.contactEveryDays));
    }

    private static Tier tier(String tier) {
        try {
            return Tier.valueOf(tier);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("tier", "must be PREMIUM, VALUE_ADDED or BASIC");
        }
    }
}

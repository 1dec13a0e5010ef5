package dev.kehu.retention.query;

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
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Service plans, contact histories and the contacts due, from their read models (Hibernate ORM with Panache). */
@ApplicationScoped
public class ContactQueries {

    /** A tier's name in both languages. */
    public record Labels(String zh, String en) {
    }

    /** A client's plan and where its contact clock stands today (SPEC §8). */
    public record ServicePlanView(String clientId, Tier tier, Labels labels, List<PromisedService> promisedServices,
                                  int contactEveryDays, LocalDate firstClassifiedOn, Instant lastContactAt,
                                  LocalDate nextContactDue, long overdueDays, boolean neglectFlagged) {
    }

    /** One recorded contact. */
    public record ContactView(String contactId, String clientId, String channel, String direction, String purpose,
                              Instant occurredAt, String notes, String campaignId, String taskId, String recordedBy,
                              Instant recordedAt) {
    }

    /** A client whose next contact is due. */
    public record DueContact(String clientId, Tier tier, int contactEveryDays, LocalDate firstClassifiedOn,
                             Instant lastContactAt, LocalDate nextContactDue, long overdueDays) {
    }

    @Inject
    ServicePlans plans;

    public ServicePlanView servicePlan(String clientId, LocalDate today) {
        ServicePlanRecord r = ServicePlanRecord.<ServicePlanRecord>findByIdOptional(clientId)
                .filter(p -> p.tier != null && p.firstClassifiedOn != null)
                .orElseThrow(() -> ProblemException.notFound("client " + clientId + " has never been classified"));
        ServicePlan plan = plans.plan(Tier.valueOf(r.tier));
        ContactSchedule schedule = schedule(r);
        return new ServicePlanView(clientId, plan.tier(), new Labels(plan.zh(), plan.en()), plan.promisedServices(),
                plan.contactEveryDays(), r.firstClassifiedOn, r.lastContactAt, schedule.nextContactDue(),
                schedule.overdueDays(today), r.neglectRaised);
    }

    public Page<ContactView> contacts(String clientId, PageRequest page) {
        PanacheQuery<ContactRecord> q = ContactRecord.<ContactRecord>find("clientId",
                Sort.descending("occurredAt").and("recordedAt", Sort.Direction.Descending).and("contactId"), clientId)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return new Page<>(q.list().stream().map(ContactQueries::view).toList(), page.page(), page.size(), q.count());
    }

    public static ContactView view(ContactRecord c) {
        return new ContactView(c.contactId, c.clientId, c.channel, c.direction, c.purpose, c.occurredAt, c.notes,
                c.campaignId, c.taskId, c.recordedBy, c.recordedAt);
    }

    /** Classified clients due for a contact today or earlier, most overdue first. */
    public Page<DueContact> due(Tier tier, LocalDate today, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        String where = "nextContactDue <= :today";
        if (tier != null) {
            where += " and tier = :tier";
            params.put("tier", tier.name());
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

    private ContactSchedule schedule(ServicePlanRecord r) {
        // the next due day is since + interval, so the clock's start is due − interval
        return new ContactSchedule(r.contactEveryDays, null, r.nextContactDue.minusDays(r.contactEveryDays));
    }
}

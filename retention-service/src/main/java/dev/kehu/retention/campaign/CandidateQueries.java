package dev.kehu.retention.campaign;

import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.eventstore.rest.Page;

import java.math.BigDecimal;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** The reactivation list (存量客户盘活), from the client segment read model (Hibernate ORM with Panache). */
@ApplicationScoped
public class CandidateQueries {

    /** A reactivation candidate: a larger client that is STATIC. */
    public record Candidate(String clientId, String segment, String size, String activity, String priority,
                            BigDecimal averageAssets, String asOf, String staticSince) {
    }

    /** LARGE and MEDIUM clients that are STATIC now (fell there or started there), most valuable first (存量客户盘活). */
    public Page<Candidate> candidates(PageRequest page) {
        PanacheQuery<ClientSegmentRecord> query = ClientSegmentRecord.<ClientSegmentRecord>find(
                "activity = 'STATIC' and fellStaticOn is not null and size in ('LARGE', 'MEDIUM')",
                Sort.descending("averageAssets").and("clientId"))
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        List<Candidate> items = query.list().stream().map(c -> new Candidate(c.clientId, c.segment, c.size,
                c.activity, c.priority, c.averageAssets, c.asOf.toString(),
                c.fellStaticOn == null ? null : c.fellStaticOn.toString())).toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }
}

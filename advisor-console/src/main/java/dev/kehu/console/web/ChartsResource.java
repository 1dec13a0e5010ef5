package dev.kehu.console.web;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.kehu.console.api.Page;
import dev.kehu.console.api.retention.Campaign;
import dev.kehu.console.api.retention.RetentionApi;
import dev.kehu.console.api.retention.RetentionStats;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** {@code /campaigns} (reactivation campaigns) and {@code /stats} (retention outcomes), as charts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ChartsResource {

    @Inject
    Template campaigns;

    @Inject
    Template stats;

    @Inject
    Pages pages;

    /** A campaign's bars: members, contacted, reactivated. */
    public record Bar(String name, long members, long contacted, long reactivated) {
    }

    @GET
    @Path("campaigns")
    public TemplateInstance campaigns() {
        Part<Page<Campaign>> list = pages.retention((api, bearer) -> api.campaigns(bearer, 50));
        List<Bar> bars = list.ok() ? list.value().items().stream().map(c -> new Bar(c.name(), c.stats().members(), c.stats().contacted(), c.stats().reactivated())).toList()
                : List.of();
        return pages.page(campaigns, pages.msg().t("campaigns.title")).data("list", list).data("chart", Pages.json(bars));
    }

    /** The stacked bars get each group's row as the service counts it (charts.js reads the outcome fields). */
    @GET
    @Path("stats")
    public TemplateInstance stats() {
        Part<RetentionStats> s = pages.retention(RetentionApi::stats);
        RetentionStats st = s.orElse(new RetentionStats(null, List.of(), List.of(), List.of(), null));
        return pages.page(stats, pages.msg().t("stats.title")).data("st", s)
                .data("byReason", Pages.json(labelled(st.byReasonCategory(), "reason")))
                .data("bySegment", Pages.json(labelled(st.bySegment(), "segment")))
                // an advisor's id is its name, shown as it is; only the unassigned tasks' group has a label
                .data("byAdvisor", Pages.json(labelled(st.byAdvisor(), "assignee")));
    }

    /** The chart's axis shows each group's label in the page's language with its code beside it. */
    private List<RetentionStats.Outcomes> labelled(List<RetentionStats.Outcomes> rows, String kind) {
        return rows.stream().map(r -> r.named(pages.msg().labelled(kind, r.group()))).toList();
    }
}

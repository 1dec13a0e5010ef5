package dev.kehu.console.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


import dev.kehu.console.api.RetentionApi;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** {@code /campaigns} (reactivation campaigns) and {@code /stats} (retention outcomes), as charts. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ChartsResource {

    static final List<String> OUTCOME_FIELDS = List.of("open", "retained", "partiallyRetained", "lost");

    @Inject
    Template campaigns;

    @Inject
    Template stats;

    @Inject
    Pages pages;

    @GET
    @Path("campaigns")
    public TemplateInstance campaigns() {
        Part list = pages.retention((api, bearer) -> api.campaigns(bearer, 50));
        List<Map<String, Object>> bars = new ArrayList<>();
        for (Object item : list.items()) {
            if (item instanceof Map<?, ?> c) {
                Map<?, ?> st = c.get("stats") instanceof Map<?, ?> m ? m : Map.of();
                Map<String, Object> bar = new LinkedHashMap<>();
                bar.put("name", c.get("name"));
                bar.put("members", st.get("members"));
                bar.put("contacted", st.get("contacted"));
                bar.put("reactivated", st.get("reactivated"));
                bars.add(bar);
            }
        }
        return pages.page(campaigns, pages.msg().t("campaigns.title")).data("list", list).data("chart", Pages.json(bars));
    }

    @GET
    @Path("stats")
    public TemplateInstance stats() {
        Part s = pages.retention(RetentionApi::stats);
        return pages.page(stats, pages.msg().t("stats.title")).data("st", s)
                .data("byReason", Pages.json(groups(s.map().get("byReasonCategory"))))
                .data("bySegment", Pages.json(groups(s.map().get("bySegment")))).data("fields", OUTCOME_FIELDS);
    }

    /** {group, open, retained, partiallyRetained, lost} per group, for a stacked bar. */
    static List<Map<String, Object>> groups(Object rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (rows instanceof List<?> list) {
            for (Object row : list) {
                if (row instanceof Map<?, ?> r) {
                    Map<String, Object> g = new LinkedHashMap<>();
                    g.put("group", r.get("group"));
                    OUTCOME_FIELDS.forEach(f -> g.put(f, r.get(f) == null ? 0 : r.get(f)));
                    out.add(g);
                }
            }
        }
        return out;
    }
}

package dev.kehu.console.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;


import dev.kehu.console.api.SegmentationApi;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** {@code /}: my worklist (open CPR tasks, P1 first, overdue marked; contacts due) and the 3×3 segment matrix. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    static final List<String> SIZES = List.of("LARGE", "MEDIUM", "SMALL");
    static final List<String> ACTIVITIES = List.of("SHORT_TERM", "STABLE", "STATIC");

    @Inject
    Template home;

    @Inject
    Pages pages;

    @TemplateData
    public record Cell(String segment, Object count) {
    }

    @TemplateData
    public record Row(String size, List<Cell> cells) {
    }

    @GET
    public TemplateInstance worklist() {
        CompletableFuture<Part> tasks = pages.retentionAsync((api, bearer) -> api.tasks(bearer, "OPEN", null, 50));
        CompletableFuture<Part> due = pages.retentionAsync((api, bearer) -> api.contactsDue(bearer, 20));
        CompletableFuture<Part> summary = pages.segmentationAsync(SegmentationApi::summary);
        Part t = tasks.join();
        Pages.markOverdue(t, Instant.now());
        Part s = summary.join();
        return pages.page(home, pages.msg().t("nav.home")).data("tasks", t).data("due", due.join()).data("summary", s)
                .data("matrix", matrix(s)).data("activities", ACTIVITIES);
    }

    static List<Row> matrix(Part summary) {
        List<Row> rows = new ArrayList<>();
        for (String size : SIZES) {
            Object bySize = summary.map().get(size);
            List<Cell> cells = new ArrayList<>();
            for (String activity : ACTIVITIES) {
                Object count = bySize instanceof Map<?, ?> m ? m.get(activity) : null;
                cells.add(new Cell(size + "_" + activity, count == null ? 0 : count));
            }
            rows.add(new Row(size, cells));
        }
        return rows;
    }
}

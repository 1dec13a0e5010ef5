package dev.kehu.console.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.kehu.console.api.Page;
import dev.kehu.console.api.retention.ServicePlan;
import dev.kehu.console.api.retention.TaskRow;
import dev.kehu.console.api.segmentation.ClientSegment;
import dev.kehu.console.api.segmentation.SegmentSummary;
import dev.kehu.console.api.segmentation.SegmentationApi;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/** {@code /}: my worklist (open CPR tasks, P1 first, overdue marked; contacts due) and the 3×3 segment matrix. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @Inject
    Template home;

    @Inject
    Pages pages;

    static final int SEGMENT_LOOKUPS = 20;

    /** One cell of the matrix: a segment and its clients. */
    public record Cell(String segment, long count) {
    }

    /** One size's cells, by activity. */
    public record Row(String size, List<Cell> cells) {
    }

    @GET
    public TemplateInstance worklist() {
        CompletableFuture<Part<Page<TaskRow>>> tasks = pages.retentionAsync((api, bearer) -> api.tasks(bearer, "OPEN", null, 50));
        CompletableFuture<Part<Page<ServicePlan.Due>>> due = pages.retentionAsync((api, bearer) -> api.contactsDue(bearer, 20));
        CompletableFuture<Part<SegmentSummary>> summary = pages.segmentationAsync(SegmentationApi::summary);
        Part<SegmentSummary> s = summary.join();
        return pages.page(home, pages.msg().t("nav.home")).data("tasks", withSegments(tasks.join())).data("now", Instant.now())
                .data("due", due.join()).data("summary", s).data("matrix", s.ok() ? matrix(s.value()) : List.of())
                .data("activities", SegmentSummary.ACTIVITIES);
    }

    /**
     * A task keeps the segment its client had when it opened: none for a client classified later. Those
     * rows get the segment as it is now, one call per such client (at most {@value #SEGMENT_LOOKUPS}).
     */
    private Part<Page<TaskRow>> withSegments(Part<Page<TaskRow>> tasks) {
        if (!tasks.ok()) {
            return tasks;
        }
        Map<String, CompletableFuture<Part<ClientSegment>>> lookups = new LinkedHashMap<>();
        for (TaskRow t : tasks.value().items()) {
            if (t.clientSegment() == null && lookups.size() < SEGMENT_LOOKUPS) {
                lookups.computeIfAbsent(t.clientId(), id -> pages.segmentationAsync((api, bearer) -> api.segment(bearer, id)));
            }
        }
        if (lookups.isEmpty()) {
            return tasks;
        }
        List<TaskRow> rows = tasks.value().items().stream().map(t -> {
            var lookup = t.clientSegment() == null ? lookups.get(t.clientId()) : null;
            Part<ClientSegment> seg = lookup == null ? null : lookup.join();
            return seg != null && seg.ok() ? t.withSegment(seg.value().segment()) : t;
        }).toList();
        return new Part<>(tasks.service(), true, new Page<>(rows, tasks.value().total()), tasks.status(), null, null);
    }

    static List<Row> matrix(SegmentSummary summary) {
        List<Row> rows = new ArrayList<>();
        for (String size : SegmentSummary.SIZES) {
            List<Cell> cells = new ArrayList<>();
            for (String activity : SegmentSummary.ACTIVITIES) {
                cells.add(new Cell(size + "_" + activity, summary.count(size, activity)));
            }
            rows.add(new Row(size, cells));
        }
        return rows;
    }
}

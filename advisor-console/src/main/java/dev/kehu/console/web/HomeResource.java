package dev.kehu.console.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.kehu.console.api.Page;
import dev.kehu.console.api.retention.NextAction;
import dev.kehu.console.api.retention.ServicePlan;
import dev.kehu.console.api.retention.TaskRow;
import dev.kehu.console.api.segmentation.ClientSegment;
import dev.kehu.console.api.segmentation.SegmentSummary;
import dev.kehu.console.api.segmentation.SegmentationApi;
import dev.kehu.console.i18n.Msg;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /}: the signed-in advisor's next actions (a manager picks an advisor, or sees the branch's open tasks
 * and contacts due) and the 3×3 segment matrix.
 */
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

    /** What a token's subject may be, as retention-service takes an advisor id (docs/contract.md#the-advisors-book). */
    static final Pattern ADVISOR_ID = Pattern.compile("[A-Za-z0-9._@:-]{1,100}");
    static final int PAGE_SIZE = 20;
    /** retention-service refuses a page beyond page × size = 100,000 (docs/contract.md, paging). */
    static final int MAX_PAGE = 100_000 / PAGE_SIZE;

    /**
     * An advisor sees its own next actions, ranked by retention-service; a manager or auditor the next
     * actions of the advisor it names ({@code advisor}), else the whole branch's open tasks.
     */
    @GET
    public TemplateInstance worklist(@QueryParam("advisor") String advisor, @QueryParam("page") String page) {
        Msg m = pages.msg();
        boolean overseer = !"advisor".equals(pages.session().role());
        String picked = advisor == null || advisor.isBlank() ? null : advisor.strip();
        String pickError = picked != null && !ADVISOR_ID.matcher(picked).matches() ? m.t("form.advisorId") : null;
        String whose = !overseer ? "me" : pickError == null ? picked : null;
        int p = pageNumber(page, MAX_PAGE);
        CompletableFuture<Part<SegmentSummary>> summary = pages.segmentationAsync(SegmentationApi::summary);
        CompletableFuture<Part<Page<NextAction>>> next = whose == null ? null
                : pages.retentionAsync((api, bearer) -> api.nextActions(bearer, whose, p, PAGE_SIZE));
        CompletableFuture<Part<Page<TaskRow>>> tasks = whose != null ? null
                : pages.retentionAsync((api, bearer) -> api.tasks(bearer, "OPEN", null, 50));
        CompletableFuture<Part<Page<ServicePlan.Due>>> due = whose != null ? null
                : pages.retentionAsync((api, bearer) -> api.contactsDue(bearer, 20));
        Part<SegmentSummary> s = summary.join();
        Part<Page<NextAction>> actions = next == null ? null : next.join();
        return pages.page(home, m.t("nav.home")).data("overseer", overseer).data("advisor", picked == null ? "" : picked)
                .data("pickError", pickError).data("next", actions)
                .data("paging", new Paging(p, p > 0, actions != null && actions.ok()
                        && (long) (p + 1) * PAGE_SIZE < actions.value().total() && p + 1 <= MAX_PAGE))
                .data("tasks", tasks == null ? null : withSegments(tasks.join())).data("now", Instant.now())
                .data("due", due == null ? null : due.join()).data("summary", s)
                .data("matrix", s.ok() ? matrix(s.value()) : List.of()).data("activities", SegmentSummary.ACTIVITIES);
    }

    /** A {@code ?page=} as typed into the address bar: 0 when it is no number, at most {@code max}. */
    static int pageNumber(String page, int max) {
        try {
            int p = page == null ? 0 : Integer.parseInt(page.strip());
            return Math.max(0, Math.min(p, max));
        } catch (NumberFormatException e) {
            return 0;
        }
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

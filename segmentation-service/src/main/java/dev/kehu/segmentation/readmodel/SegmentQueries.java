package dev.kehu.segmentation.readmodel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.segmentation.segment.domain.Activity;
import dev.kehu.segmentation.segment.domain.Size;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads of the segment read models, through Hibernate ORM with Panache over the projections' tables
 * (read-only entities). The projections themselves write with JDBC during ingest.
 */
@ApplicationScoped
public class SegmentQueries {

    /** {@code client_segment}: one row per classified client. */
    @ApplicationScoped
    public static class ClientSegments implements PanacheRepositoryBase<ClientSegmentRow, String> {
    }

    /** {@code segment_history}: one row per segment change. */
    @ApplicationScoped
    public static class SegmentHistory implements PanacheRepositoryBase<SegmentHistoryRow, SegmentHistoryRow.Key> {
    }

    private final ClientSegments segments;
    private final SegmentHistory history;

    public SegmentQueries(ClientSegments segments, SegmentHistory history) {
        this.segments = segments;
        this.history = history;
    }

    public ClientSegmentView segment(String clientId) {
        return segments.findByIdOptional(clientId).map(ClientSegmentRow::view).orElseThrow(() -> unknown(clientId));
    }

    /** Client counts by size and activity, every one of the nine cells present, plus the total. */
    public Map<String, Object> summary() {
        Map<String, Map<String, Long>> matrix = new LinkedHashMap<>();
        for (Size size : Size.values()) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (Activity activity : Activity.values()) {
                row.put(activity.name(), 0L);
            }
            matrix.put(size.name(), row);
        }
        long total = 0;
        List<Object[]> cells = segments.getEntityManager().createQuery("select c.size, c.activity, count(c) "
                + "from ClientSegmentRow c group by c.size, c.activity", Object[].class).getResultList();
        for (Object[] cell : cells) {
            long count = (Long) cell[2];
            matrix.get((String) cell[0]).put((String) cell[1], count);
            total += count;
        }
        Map<String, Object> summary = new LinkedHashMap<>(matrix);
        summary.put("total", total);
        return summary;
    }

    /** The client's segment changes, newest first. */
    public Page<SegmentChangeView> history(String clientId, PageRequest page) {
        long total = history.count("clientId", clientId);
        if (total == 0) {
            throw unknown(clientId);
        }
        // a page past every row (an offset beyond an int cannot hold any) is empty
        List<SegmentChangeView> items = page.offset() >= total ? List.of()
                : history.find("clientId", Sort.descending("version"), clientId)
                        .range((int) page.offset(), (int) Math.min(page.offset() + page.size(), total) - 1).stream()
                        .map(SegmentHistoryRow::view).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static ProblemException unknown(String clientId) {
        return ProblemException.notFound("no segment for client " + clientId
                + ": unknown, or no balance report received yet");
    }
}

package dev.kehu.segmentation.segment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.kehu.eventstore.problem.ProblemException;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import dev.kehu.segmentation.domain.segment.Activity;
import dev.kehu.segmentation.domain.segment.Priority;
import dev.kehu.segmentation.domain.segment.Segment;
import dev.kehu.segmentation.domain.segment.Size;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    /** The client list's filters (docs/contract.md#segmentation-service-8082); a null filter is not applied. */
    public record ClientFilter(Segment segment, Size size, Activity activity, Priority priority,
                               BigDecimal minAverageAssets) {
    }

    @Inject
    ClientSegments segments;

    @Inject
    SegmentHistory history;

    public ClientSegmentView segment(String clientId) {
        return segments.findByIdOptional(clientId).map(ClientSegmentRow::view).orElseThrow(() -> unknown(clientId));
    }

    /**
     * The segment as it stood on {@code day}: the latest evaluation when it is as of that day or earlier,
     * else the last change as of that day or earlier (the segment held until the next change).
     */
    public ClientSegmentView segment(String clientId, LocalDate day) {
        ClientSegmentRow current = segments.findByIdOptional(clientId).orElseThrow(() -> unknown(clientId));
        if (!current.asOf.isAfter(day)) {
            return current.view();
        }
        return history.find("clientId = ?1 and asOf <= ?2", Sort.descending("asOf", "version"), clientId, day)
                .firstResultOptional().map(SegmentHistoryRow::segmentView)
                .orElseThrow(() -> ProblemException.notFound("client " + clientId + " was not classified on " + day
                        + ": its first balance report is later"));
    }

    /** Client counts by size and activity, every one of the nine cells present, plus the total. */
    public SegmentSummary summary() {
        Map<Segment, Long> counts = new EnumMap<>(Segment.class);
        List<Object[]> cells = segments.getEntityManager().createQuery("select c.size, c.activity, count(c) "
                + "from ClientSegmentRow c group by c.size, c.activity", Object[].class).getResultList();
        long total = 0;
        for (Object[] cell : cells) {
            long count = (Long) cell[2];
            counts.put(Segment.of(Size.valueOf((String) cell[0]), Activity.valueOf((String) cell[1])), count);
            total += count;
        }
        Function<Size, SegmentSummary.Row> row = size -> new SegmentSummary.Row(
                counts.getOrDefault(Segment.of(size, Activity.SHORT_TERM), 0L),
                counts.getOrDefault(Segment.of(size, Activity.STABLE), 0L),
                counts.getOrDefault(Segment.of(size, Activity.STATIC), 0L));
        return new SegmentSummary(row.apply(Size.LARGE), row.apply(Size.MEDIUM), row.apply(Size.SMALL), total);
    }

    /** The client's segment changes, newest first. */
    public Page<SegmentChangeView> history(String clientId, PageRequest page) {
        Page<SegmentChangeView> changes = page(history.find("clientId", Sort.descending("version"), clientId), page,
                SegmentHistoryRow::view);
        if (changes.total() == 0) {
            throw unknown(clientId);
        }
        return changes;
    }

    /** The classified clients matching every given filter (a segment is its size and activity). */
    public Page<ClientSegmentView> clients(ClientFilter filter, Sort sort, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.segment() != null) {
            where.add("size = :segmentSize and activity = :segmentActivity");
            params.and("segmentSize", filter.segment().size().name())
                    .and("segmentActivity", filter.segment().activity().name());
        }
        if (filter.size() != null) {
            where.add("size = :size");
            params.and("size", filter.size().name());
        }
        if (filter.activity() != null) {
            where.add("activity = :activity");
            params.and("activity", filter.activity().name());
        }
        if (filter.priority() != null) {
            where.add("priority = :priority");
            params.and("priority", filter.priority().name());
        }
        if (filter.minAverageAssets() != null) {
            where.add("averageAssets >= :minAverageAssets");
            params.and("minAverageAssets", filter.minAverageAssets());
        }
        PanacheQuery<ClientSegmentRow> query = where.isEmpty() ? segments.findAll(sort)
                : segments.find(String.join(" and ", where), sort, params);
        return page(query, page, ClientSegmentRow::view);
    }

    /** Segment changes of every client as of {@code since} or later (null: all), optionally into one segment. */
    public Page<SegmentChangeView> changes(LocalDate since, Segment segment, Sort sort, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (since != null) {
            where.add("asOf >= :since");
            params.and("since", since);
        }
        if (segment != null) {
            where.add("segment = :segment");
            params.and("segment", segment.name());
        }
        PanacheQuery<SegmentHistoryRow> query = where.isEmpty() ? history.findAll(sort)
                : history.find(String.join(" and ", where), sort, params);
        return page(query, page, SegmentHistoryRow::view);
    }

    private static <R, V> Page<V> page(PanacheQuery<R> query, PageRequest page, Function<R, V> view) {
        long total = query.count();
        // a page past every row (an offset beyond an int cannot hold any) is empty
        List<V> items = page.offset() >= total ? List.of()
                : query.range((int) page.offset(), (int) Math.min(page.offset() + page.size(), total) - 1).stream()
                        .map(view).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static ProblemException unknown(String clientId) {
        return ProblemException.notFound("no segment for client " + clientId
                + ": unknown, or no balance report received yet");
    }
}

package dev.kehu.profiling.config;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

import dev.kehu.eventstore.EventCodec;
import dev.kehu.eventstore.rest.Page;
import dev.kehu.eventstore.rest.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads of the one-row-per-event read models through Panache: a client's rows newest first, paged,
 * and the JSON columns back into the stored records (with the event codec that wrote them, so a
 * view serializes exactly as it did when it was decided).
 */
@ApplicationScoped
public class EventRows {

    @Inject
    EventCodec codec;

    /** The client's rows, newest first (highest stream version), as views. */
    public <R extends EventRow, V> Page<V> newestFirst(PanacheRepositoryBase<R, ?> rows, String clientId,
                                                        PageRequest page, Function<R, V> view) {
        return page(rows.find("clientId", Sort.descending("streamVersion"), clientId), page, view);
    }

    /** One page of a query, with the total it would have unpaged. */
    public static <R, V> Page<V> page(PanacheQuery<R> query, PageRequest page, Function<R, V> view) {
        List<V> items = query.page(io.quarkus.panache.common.Page.of(page.page(), page.size())).list().stream()
                .map(view).toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }

    /** A value as JSON, for a JSON column. */
    public String write(Object value) {
        return codec.toJson(value);
    }

    /** A JSON column as the record it was written from; null stays null. */
    public <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return codec.mapper().readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + " in a read model", e);
        }
    }
}

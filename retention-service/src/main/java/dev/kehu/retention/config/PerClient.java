package dev.kehu.retention.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import dev.kehu.eventstore.StoredEvent;
import dev.kehu.retention.domain.client.ClientEvent;

/** What the read models with a row per client share. */
public final class PerClient {

    private PerClient() {
    }

    /**
     * A batch's events of one type folded per client, the clients in the order of their first event: one row
     * per client and statement, as an upsert may not touch a row twice.
     *
     * @param next a client's value after an event, from the one before (null at the client's first event)
     */
    public static <E extends ClientEvent, V> Map<String, V> fold(List<StoredEvent> events, Class<E> type,
                                                                 BiFunction<V, E, V> next) {
        Map<String, V> values = new LinkedHashMap<>();
        for (StoredEvent e : events) {
            E event = e.as(type);
            values.put(event.clientId(), next.apply(values.get(event.clientId()), event));
        }
        return values;
    }
}

package dev.kehu.segmentation.ingest;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kehu.segmentation.client.ClientState;

/**
 * The state of recently fed clients, kept between batches so that a batch loads only the clients
 * it has not seen (or that changed elsewhere) instead of re-reading 30 days of every client.
 *
 * <p>An entry is trusted only while its stream is still at the version it was cached at: another
 * instance taking a partition over, or a batch rolled back, moves or leaves the stream's version
 * elsewhere and the entry is reloaded. Entries are written after a commit, never before. Least
 * recently used entries are dropped beyond the capacity.
 */
final class ClientStateCache {

    /**
     * A client's state as of its stream version, holding every day from {@code from} on (null: all
     * of them; older days are pruned, no later classification reads them). Cached, it holds no
     * trade ids (each batch asks for those it names).
     */
    record Entry(long version, LocalDate from, ClientState state) {
    }

    private final Map<String, Entry> entries;

    ClientStateCache(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Entry get(String clientId) {
        return entries.get(clientId);
    }

    synchronized void put(String clientId, Entry entry) {
        entries.put(clientId, entry);
    }

    synchronized void forget(Iterable<String> clientIds) {
        clientIds.forEach(entries::remove);
    }
}

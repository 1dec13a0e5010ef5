package dev.kehu.segmentation.client;

import java.lang.ref.SoftReference;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kehu.segmentation.domain.client.ClientState;

/**
 * The state of recently fed clients, kept between batches so that a batch loads only the clients
 * it has not seen (or that changed elsewhere) instead of re-reading 30 days of every client.
 *
 * <p>An entry is trusted only while its stream is still at the version it was cached at: another
 * instance taking a partition over, or a batch rolled back, moves or leaves the stream's version
 * elsewhere and the entry is reloaded. Entries are written after a commit, never before. Least
 * recently used entries are dropped beyond the capacity, and the entries are held softly: under
 * memory pressure the JVM drops states (they are reloaded) rather than run out of heap. The
 * capacity should exceed the clients a feed cycles through: a day's trades visit clients in turn,
 * and a least-recently-used cache smaller than that cycle misses on every visit.
 */
final class ClientStateCache {

    /**
     * A client's state as of its stream version, holding every day from {@code from} on (null: all
     * of them; older days are pruned, no later classification reads them). Cached, it holds no
     * trade ids (each batch asks for those it names).
     */
    record Entry(long version, LocalDate from, ClientState state) {
    }

    private final Map<String, SoftReference<Entry>> entries;

    ClientStateCache(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SoftReference<Entry>> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Entry get(String clientId) {
        SoftReference<Entry> entry = entries.get(clientId);
        return entry == null ? null : entry.get();
    }

    synchronized void put(String clientId, Entry entry) {
        entries.put(clientId, new SoftReference<>(entry));
    }

    synchronized void forget(Iterable<String> clientIds) {
        clientIds.forEach(entries::remove);
    }
}

package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The whole log read in pages, in log order: what a rebuild walks. The event store is one; a rebuild
 * needs no more of it, so the projections it runs do not depend on the store that runs them inline.
 */
@FunctionalInterface
public interface LogPages {

    /** Up to {@code limit} events of the whole log after {@code afterPosition}, in log order. */
    List<StoredEvent> readAll(Connection c, long afterPosition, int limit) throws SQLException;
}

package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a service's projections: inline on every append, and as a rebuild from the whole log.
 * Each projection's checkpoint records the highest position it applied.
 */
public final class Projections {

    /** Events per rebuild page: big pages mean few, large statements for the projections to write. */
    private static final int PAGE = 20_000;

    private final List<Projection> all;

    public Projections(List<Projection> all) {
        this.all = List.copyOf(all);
    }

    public List<Projection> all() {
        return all;
    }

    void applyInline(Connection c, List<StoredEvent> events) throws SQLException {
        for (Projection p : all) {
            List<StoredEvent> wanted = filter(p, events);
            if (!wanted.isEmpty()) {
                p.apply(c, wanted);
                checkpoint(c, p, wanted.get(wanted.size() - 1).position());
            }
        }
    }

    /** What a rebuild did: the log events it read, and how many of them the projections applied. */
    public record Rebuilt(long eventsRead, long eventsApplied) {
    }

    /**
     * Empties the projection's read model and replays the whole log into it, in the caller's
     * transaction. Appends wait meanwhile (share lock on the log), so the result is exactly the log.
     *
     * @return the number of events applied
     */
    public long rebuild(Connection c, EventStore store, Projection p) throws SQLException {
        return rebuild(c, store, List.of(p)).eventsApplied();
    }

    /**
     * Rebuilds several projections from ONE pass over the log: each page is read and decoded once
     * and handed to every projection, so rebuilding all read models costs one read of the log, not
     * one per projection.
     */
    public Rebuilt rebuild(Connection c, EventStore store, List<Projection> projections) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("lock table es_event in share mode");
        }
        for (Projection p : projections) {
            p.reset(c);
            try (PreparedStatement ps = c.prepareStatement(
                    "delete from es_projection_checkpoint where projection = ?")) {
                ps.setString(1, p.name());
                ps.executeUpdate();
            }
        }
        long read = 0;
        long applied = 0;
        long position = 0;
        while (true) {
            List<StoredEvent> page = store.readAll(c, position, PAGE);
            if (page.isEmpty()) {
                break;
            }
            read += page.size();
            position = page.get(page.size() - 1).position();
            for (Projection p : projections) {
                List<StoredEvent> wanted = filter(p, page);
                if (!wanted.isEmpty()) {
                    p.apply(c, wanted);
                    applied += wanted.size();
                }
            }
        }
        for (Projection p : projections) {
            checkpoint(c, p, position);
        }
        return new Rebuilt(read, applied);
    }

    /** The last position the projection applied, 0 if none. */
    public static long checkpoint(Connection c, String projection) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select position from es_projection_checkpoint where projection = ?")) {
            ps.setString(1, projection);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static List<StoredEvent> filter(Projection p, List<StoredEvent> events) {
        List<StoredEvent> wanted = new ArrayList<>();
        for (StoredEvent e : events) {
            if (p.handles(e.type())) {
                wanted.add(e);
            }
        }
        return wanted;
    }

    /**
     * Moves the checkpoint forward. Inline, every writing transaction would queue on this one row;
     * instead a transaction that finds it locked leaves it to the holder. The checkpoint is then a
     * lower bound of what was applied, which is all a rebuild needs (it resets it anyway).
     */
    private static void checkpoint(Connection c, Projection p, long position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "with free as (select projection from es_projection_checkpoint where projection = ? "
                        + "for update skip locked) update es_projection_checkpoint cp set position = "
                        + "greatest(cp.position, ?), updated_at = clock_timestamp() from free "
                        + "where cp.projection = free.projection")) {
            ps.setString(1, p.name());
            ps.setLong(2, position);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into es_projection_checkpoint (projection, position) values (?, ?) on conflict do nothing")) {
            ps.setString(1, p.name());
            ps.setLong(2, position);
            ps.executeUpdate();
        }
    }
}

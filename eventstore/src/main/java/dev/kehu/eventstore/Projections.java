package dev.kehu.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * Runs a service's projections: inline on every append, and as a rebuild from the whole log.
 * A projection's checkpoint row records where its last rebuild ended.
 */
public final class Projections {

    private static final Logger LOG = Logger.getLogger(Projections.class);

    /** Events per rebuild page: big pages mean few, large statements for the projections to write. */
    private static final int PAGE = 20_000;

    private final List<Projection> all;

    public Projections(List<Projection> all) {
        this.all = List.copyOf(all);
    }

    public List<Projection> all() {
        return all;
    }

    /**
     * Applies the events in the appending transaction. No checkpoint is written here: a projection
     * applied inline is at the head of the log by construction (see {@link #checkpoint}), and
     * writing it would cost every append a statement per projection.
     */
    void applyInline(Connection c, List<StoredEvent> events) throws SQLException {
        for (Projection p : all) {
            List<StoredEvent> wanted = filter(p, events);
            if (!wanted.isEmpty()) {
                p.apply(c, wanted);
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
    public long rebuild(Connection c, LogPages log, Projection p) throws SQLException {
        return rebuild(c, log, List.of(p)).eventsApplied();
    }

    /**
     * Rebuilds several projections from ONE pass over the log: each page is read and decoded once
     * and handed to every projection, so rebuilding all read models costs one read of the log, not
     * one per projection.
     */
    public Rebuilt rebuild(Connection c, LogPages log, List<Projection> projections) throws SQLException {
        return rebuild(c, log, projections, null);
    }

    /**
     * @param readAhead where a second connection comes from, to read and decode the next pages
     *                  while this transaction writes; null reads on {@code c}, in turns
     */
    public Rebuilt rebuild(Connection c, LogPages log, List<Projection> projections, DataSource readAhead)
            throws SQLException {
        return rebuild(c, log, projections, readAhead, Progress.NONE);
    }

    /** Told, page by page, how many events a rebuild applied to each projection (rebuild metrics). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (projection, events) -> {
        };

        void applied(String projection, int events);
    }

    /**
     * @param progress told after each page what it applied to each projection (so a long rebuild
     *                 shows its progress while it runs, before it commits)
     */
    public Rebuilt rebuild(Connection c, LogPages log, List<Projection> projections, DataSource readAhead,
                           Progress progress) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("lock table es_event in share mode");
        }
        long locked = System.nanoTime();
        List<Projection.Rebuild> rebuilds = new ArrayList<>();
        for (Projection p : projections) {
            p.reset(c);
            rebuilds.add(p.rebuilding(c));
        }
        long reset = System.nanoTime();
        long waiting = 0;
        long[] applying = new long[projections.size()];
        long read = 0;
        long applied = 0;
        long position = 0;
        try (LogReadAhead ahead = readAhead == null ? null : new LogReadAhead(readAhead, log, PAGE)) {
            while (true) {
                long r0 = System.nanoTime();
                List<StoredEvent> page = ahead == null ? log.readAll(c, position, PAGE) : ahead.next();
                waiting += System.nanoTime() - r0;
                if (page.isEmpty()) {
                    break;
                }
                read += page.size();
                position = page.get(page.size() - 1).position();
                for (int i = 0; i < projections.size(); i++) {
                    Projection p = projections.get(i);
                    List<StoredEvent> wanted = filter(p, page);
                    if (!wanted.isEmpty()) {
                        long a0 = System.nanoTime();
                        rebuilds.get(i).apply(wanted);
                        applying[i] += System.nanoTime() - a0;
                        applied += wanted.size();
                        progress.applied(p.name(), wanted.size());
                    }
                }
            }
        }
        long finishing = System.nanoTime();
        for (Projection.Rebuild r : rebuilds) {
            r.finish();
        }
        finishing = System.nanoTime() - finishing;
        for (Projection p : projections) {
            checkpoint(c, p, position);
        }
        long done = System.nanoTime();
        LOG.infof("rebuilt %s from %d events: lock %d ms, reset %d ms, waiting for pages %d ms, applying %d ms "
                        + "(per projection %s ms, finishing %d ms)",
                projections.stream().map(Projection::name).toList(), read, ms(locked - t0), ms(reset - locked),
                ms(waiting), ms(done - reset - waiting), java.util.Arrays.stream(applying).map(Projections::ms)
                        .boxed().toList(), ms(finishing));
        return new Rebuilt(read, applied);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * The last position the projection applied, 0 if none. Projections are applied in the
     * transaction of every append, so once one has been rebuilt (or never needed to be) it stands at
     * the head of the committed log; the stored row records where its last rebuild ended.
     */
    public static long checkpoint(Connection c, String projection) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select greatest((select position from "
                + "es_projection_checkpoint where projection = ?), (select max(position) from es_event), 0)")) {
            ps.setString(1, projection);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
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

    /** Records where a rebuild ended, in the rebuild's transaction. */
    private static void checkpoint(Connection c, Projection p, long position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into es_projection_checkpoint (projection, position) "
                + "values (?, ?) on conflict (projection) do update set position = excluded.position, "
                + "updated_at = clock_timestamp()")) {
            ps.setString(1, p.name());
            ps.setLong(2, position);
            ps.executeUpdate();
        }
    }
}
